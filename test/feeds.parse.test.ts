import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryKey, FeedFormatError, parseFeedDocument } from '../src/feeds/parse.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url));

describe('feed parsing', () => {
  it('given RSS with CDATA, entities and content:encoded, the entries carry decoded titles and paragraph text', () => {
    const feed = parseFeedDocument(fixture('rss-cdata-entities.xml'), 'application/rss+xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('World Desk & Wires');
    expect(feed.entries.map((e) => e.title)).toEqual([
      'Ceasefire talks resume in Cairo & Doha',
      'Markets steady after rate decision',
      null,
    ]);
    const first = feed.entries[0]!;
    expect(first.key).toBe('guid:wd-10231');
    expect(first.published).toBe('2024-05-14');
    expect(first.text).toContain('“We are closer than we have been,” said Maria Lopez, a mediator.');
    expect(first.text.split('\n\n')).toHaveLength(2);
    expect(first.text).not.toContain('Delegates arrive');
  });

  it('given an item without guid, its identity is the normalised URL, not its date', () => {
    const feed = parseFeedDocument(fixture('rss-cdata-entities.xml'));
    expect(feed.entries[1]!.key).toBe('url:https://news.example.org/business/markets-steady');
  });

  it('given an item with no title, no text and no link, it is read but marked as having nothing to show', () => {
    const feed = parseFeedDocument(fixture('rss-cdata-entities.xml'));
    expect(feed.skipped).toEqual([]);
    expect(feed.entries.map((e) => e.titleFrom)).toEqual(['feed', 'feed', 'none']);
    expect(feed.entries[2]).toMatchObject({ key: 'guid:wd-empty', title: null, url: null });
  });

  it('given an Atom feed that repeats an entry id with a new date, one entry is kept', () => {
    const feed = parseFeedDocument(fixture('atom-duplicates.xml'), 'application/atom+xml');
    expect(feed.format).toBe('atom');
    expect(feed.entries).toHaveLength(1);
    expect(feed.skipped[0]!.reason).toMatch(/duplicate/);
  });

  it('given a windows-1252 feed, accented letters and dashes decode correctly', () => {
    const feed = parseFeedDocument(fixture('rss-windows-1252.xml'), 'text/xml');
    expect(feed.entries[0]!.title).toBe('Café owners protest new rules – again');
  });

  it('given a JSON Feed with one malformed item, the valid items are kept and numeric ids become keys', () => {
    const feed = parseFeedDocument(fixture('feed.json'), 'application/feed+json');
    expect(feed.format).toBe('json');
    expect(feed.entries.map((e) => e.key)).toEqual(['guid:sn-1', 'guid:3']);
    expect(feed.entries[0]!.text).toBe('The probe reached the asteroid on Monday.\n\nEngineers cheered.');
    expect(feed.skipped).toHaveLength(1);
  });

  it("given a JSON Feed item dated late in the evening west of UTC, its day is the publisher's, not the UTC day after", () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Prairie Post',
      items: [
        {
          id: 'late-1',
          url: 'https://post.example/late-vote',
          title: 'Council passes budget in late vote',
          content_text: 'The council passed the budget shortly before midnight.',
          date_published: '2024-05-17T22:30:00-05:00',
        },
      ],
    });
    const feed = parseFeedDocument(Buffer.from(json), 'application/feed+json');
    expect(feed.entries[0]!.published).toBe('2024-05-17');
  });

  it('given something that is not a feed, a FeedFormatError explains it', () => {
    expect(() => parseFeedDocument(Buffer.from('<html><body>Not a feed</body></html>'))).toThrow(
      FeedFormatError,
    );
    expect(() => parseFeedDocument(Buffer.from('{"hello": 1}'))).toThrow(/JSON Feed/);
  });

  it('given short item text, the entry is flagged as a teaser so the page gets fetched', () => {
    const feed = parseFeedDocument(fixture('rss-cdata-entities.xml'));
    expect(feed.entries[1]!.teaser).toBe(true);
    const long = `<rss version="2.0"><channel><title>x</title><item><title>Long</title><link>https://a.example/1</link><description>${'word '.repeat(300)}</description></item></channel></rss>`;
    expect(parseFeedDocument(Buffer.from(long)).entries[0]!.teaser).toBe(false);
  });

  it('given the same content without guid or link, the key is a stable content hash', () => {
    const a = entryKey({ id: null, url: null, title: 'T', text: 'Body  text' });
    const b = entryKey({ id: null, url: null, title: 't', text: 'body text' });
    expect(a).toMatch(/^hash:/);
    expect(a).toBe(b);
  });
});
