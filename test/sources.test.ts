import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../src/sources/errors.js';
import { readArticleFile } from '../src/sources/file.js';
import { extractHtml } from '../src/sources/html.js';
import { expandPaths } from '../src/sources/walk.js';

let dir: string;
const put = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'herald-sources-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function refusal(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('expected a SourceError');
}

const BODY =
  'The river ferry resumed service on Monday after repairs.\n\nOfficials said crossings would run hourly.';

describe('readArticleFile', () => {
  it('given a plain text file, the first line is the title and the rest the body', () => {
    const doc = readArticleFile(put('ferry.txt', `Ferry service resumes\n\n${BODY}\n`));
    expect(doc.title).toBe('Ferry service resumes');
    expect(doc.text).toBe(BODY);
    expect(doc.published).toBeUndefined();
  });

  it('given front matter with published, url and source, they become the metadata', () => {
    const file = put(
      'ferry.md',
      `---\npublished: 2024-05-17\nurl: https://example.com/ferry\nsource: River Gazette\nauthor: ignored\n---\n# Ferry service resumes\n\n${BODY}`,
    );
    const doc = readArticleFile(file);
    expect(doc).toMatchObject({
      title: 'Ferry service resumes',
      published: '2024-05-17',
      url: 'https://example.com/ferry',
      source: 'River Gazette',
      text: BODY,
    });
  });

  it('given front matter with date: and title:, the date is used and the first line stays in the body', () => {
    const doc = readArticleFile(
      put('a.txt', `---\ntitle: Ferry back\ndate: 2023-11-02T09:15:00+02:00\n---\n${BODY}`),
    );
    expect(doc.title).toBe('Ferry back');
    expect(doc.published).toBe('2023-11-02');
    expect(doc.text).toBe(BODY);
  });

  it('given front matter with an impossible date, the file is refused with a message naming it', () => {
    const file = put('bad-date.txt', `---\npublished: 2024-02-30\n---\nTitle\n\n${BODY}`);
    const err = refusal(() => readArticleFile(file));
    expect(err.code).toBe('SOURCE_BAD_METADATA');
    expect(err.message).toContain(file);
    expect(err.message).toContain('2024-02-30');
    expect(err.message).not.toContain('\n');
  });

  it('given a sidecar NAME.meta.json, its metadata overrides the file and the caller overrides both', () => {
    const file = put('story.txt', `---\nsource: Old Name\n---\nFerry service resumes\n\n${BODY}`);
    put(
      'story.meta.json',
      JSON.stringify({ url: 'https://example.org/s', source: 'River Gazette', published: '2024-05-17' }),
    );
    expect(readArticleFile(file)).toMatchObject({
      source: 'River Gazette',
      published: '2024-05-17',
      url: 'https://example.org/s',
    });
    expect(readArticleFile(file, { meta: { published: '2024-06-01' } }).published).toBe('2024-06-01');
  });

  it('given a sidecar with an unknown key or bad date, the file is refused', () => {
    const file = put('story.txt', `Title\n\n${BODY}`);
    put('story.meta.json', JSON.stringify({ published: 'last Tuesday' }));
    expect(refusal(() => readArticleFile(file)).code).toBe('SOURCE_BAD_METADATA');
    put('story.meta.json', JSON.stringify({ publised: '2024-01-01' }));
    expect(refusal(() => readArticleFile(file)).code).toBe('SOURCE_BAD_METADATA');
  });

  it('given the seed article, its sidecar supplies URL, source and publication date', () => {
    const doc = readArticleFile(path.resolve('seeds/000_17ff01835cd65bfe.txt'));
    expect(doc.published).toBe('2024-05-17');
    expect(doc.source).toBe('The Jerusalem Post');
    expect(doc.url).toMatch(/^https:\/\/www\.jpost\.com\//);
    expect(doc.title).toMatch(/^US, Iran/);
  });

  it('given an HTML page, meta tags give date, canonical URL and site, and Readability gives the paragraphs', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the harbour board said the ferry terminal would open next year, and residents welcomed the plan for the waterfront.</p>`,
    ).join('\n');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Terminal | Gazette</title>
      <meta property="og:title" content="Harbour ferry terminal approved">
      <meta property="article:published_time" content="2024-03-02T18:40:00-05:00">
      <meta property="og:url" content="https://gazette.example/harbour">
      <meta property="og:site_name" content="Harbour Gazette"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Harbour ferry terminal approved</h1>${paragraphs}
      <figure><img src="x.jpg"><figcaption>The pier at dusk. (Photo: A. Person)</figcaption></figure></article>
      <footer>Copyright Gazette</footer></body></html>`;
    const file = put('page.html', html);
    const doc = readArticleFile(file);
    expect(doc).toMatchObject({
      title: 'Harbour ferry terminal approved',
      published: '2024-03-02',
      url: 'https://gazette.example/harbour',
      source: 'Harbour Gazette',
    });
    const paras = doc.text.split('\n\n');
    expect(paras).toHaveLength(6);
    expect(paras[0]).toMatch(/^Paragraph 1: the harbour board/);
    expect(doc.text).not.toContain('Home');
    expect(doc.text).not.toContain('pier at dusk');
  });

  it('given an HTML page without Open Graph tags, the <title> is the title', () => {
    const html = `<html><head><title>Council delays vote</title></head><body><p>${'The council delayed the budget vote again. '.repeat(12)}</p></body></html>`;
    expect(extractHtml(html).title).toBe('Council delays vote');
  });

  it('given a binary file, it is refused as binary', () => {
    const file = put('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x00]));
    const err = refusal(() => readArticleFile(file));
    expect(err.code).toBe('SOURCE_BINARY');
    expect(err.message).toContain(file);
  });

  it('given a file mostly of invalid UTF-8, it is refused; a few stray Windows-1252 bytes are read', () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 60)));
    expect(refusal(() => readArticleFile(put('junk.txt', junk))).code).toBe('SOURCE_BINARY');
    const legacy = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owners protest\n\nThe caf'),
      Buffer.from([0xe9]),
      Buffer.from(' closed on Friday.'),
    ]);
    expect(readArticleFile(put('legacy.txt', legacy)).title).toBe('Café owners protest');
  });

  it('given a file over the size cap, it is refused without being read', () => {
    const file = path.join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    // A sparse 50 MB file: only its size is set, so the test stays fast and proves nothing reads it.
    writeSync(fd, 'x', 50 * 1024 * 1024 - 1);
    closeSync(fd);
    const err = refusal(() => readArticleFile(file));
    expect(err.code).toBe('SOURCE_TOO_LARGE');
    expect(err.message).toContain('50.0 MB');
  });

  it('given an empty file or a title with no body, it is refused as empty', () => {
    expect(refusal(() => readArticleFile(put('empty.txt', ''))).code).toBe('SOURCE_EMPTY');
    expect(refusal(() => readArticleFile(put('title-only.md', '# Just a title\n\n  \n'))).code).toBe(
      'SOURCE_EMPTY',
    );
  });

  it('given a missing file or an unsupported type, the message names it', () => {
    const missing = path.join(dir, 'nope.txt');
    expect(refusal(() => readArticleFile(missing)).message).toBe(`${missing}: no such file`);
    expect(refusal(() => readArticleFile(put('data.pdf', 'x'))).code).toBe('SOURCE_UNSUPPORTED');
  });
});

describe('expandPaths', () => {
  it('given a folder, article files are listed recursively in sorted order, sidecars and hidden files skipped', () => {
    put('b.txt', 'x');
    put('a.md', 'x');
    put('a.meta.json', '{}');
    put('sub/c.html', 'x');
    put('.hidden.txt', 'x');
    put('notes.pdf', 'x');
    const { files, errors } = expandPaths([dir, path.join(dir, 'missing')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', 'b.txt', path.join('sub', 'c.html')]);
    expect(errors.map((e) => e.code)).toEqual(['SOURCE_MISSING']);
  });
});
