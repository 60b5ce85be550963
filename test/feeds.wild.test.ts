import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutAtWord, publishedDay, titleFromText } from '../src/feeds/derive.js';
import { parseFeedDocument } from '../src/feeds/parse.js';

/** Feeds as they are in the wild: small fixtures written for each case (test/fixtures/feeds/wild). */
const wild = (name: string) => readFileSync(new URL(`./fixtures/feeds/wild/${name}`, import.meta.url));
const FEED_URL = 'https://feeds.example/news/feed.xml';
const parse = (name: string, contentType: string | null = null) =>
  parseFeedDocument(wild(name), contentType, FEED_URL);

describe('items without a title', () => {
  it('given Mastodon-style items with a description and a link but no title, each is kept with its first sentence as title', () => {
    const feed = parse('mastodon.xml');
    expect(feed.skipped).toEqual([]);
    expect(feed.entries.map((e) => [e.title, e.titleFrom, e.url])).toEqual([
      [
        'Ferry services between the north quay and Ashby Island are suspended until further notice because of high winds',
        'text',
        'https://social.example/@transit/113001',
      ],
      [
        'Night trams on line 4 return on Monday after track repairs near Central Station were finished ahead of schedule, the…',
        'text',
        'https://social.example/@transit/112990',
      ],
    ]);
    expect(feed.entries[0]!.key).toBe('guid:https://social.example/@transit/113001');
    expect(feed.entries[0]!.text).toContain('Replacement buses run every 20 minutes.');
  });

  it('given an item with only a link, it is kept and its title is left for the page to give', () => {
    const [entry] = parse('link-only.xml').entries;
    expect(entry).toMatchObject({
      title: null,
      titleFrom: 'page',
      url: 'https://links.example/harbour-bridge-reopens',
    });
    expect(entry!.key).toBe('url:https://links.example/harbour-bridge-reopens');
  });

  it('given items holding only a date or an author, each is still read as an item, with its own identity, but nothing to show', () => {
    const feed = parseFeedDocument(
      Buffer.from(
        '<rss version="2.0"><channel><title>Odd</title><item><pubDate>Fri, 17 May 2024 09:00:00 GMT</pubDate></item><item><author>desk@odd.example</author></item></channel></rss>',
      ),
    );
    expect(feed.entries.map((e) => [e.titleFrom, e.published])).toEqual([
      ['none', '2024-05-17'],
      ['none', null],
    ]);
    expect(new Set(feed.entries.map((e) => e.key)).size).toBe(2);
  });

  it('given a long first sentence, the derived title is cut at a word with an ellipsis, never mid-word', () => {
    const title = titleFromText(
      'Emergency crews worked through the night to clear fallen trees from the coastal road between the two fishing villages after the storm.\n\nMore follows.',
    );
    expect(title).toBe(
      'Emergency crews worked through the night to clear fallen trees from the coastal road between the two fishing villages…',
    );
    expect(cutAtWord('Short enough', 40)).toBe('Short enough');
    expect(titleFromText('   \n\n  ')).toBeNull();
  });
});

describe('JSON Feed as written in the wild', () => {
  it('given items with null fields, no id, or only an external_url and a date_modified, each is read', () => {
    const json = {
      version: 'https://jsonfeed.org/version/1',
      title: 'Micro Notes',
      items: [
        {
          url: 'https://micro.example/1',
          title: null,
          content_text: 'Rain expected over the valley tonight.',
        },
        {
          id: 'n2',
          external_url: 'https://elsewhere.example/story',
          date_modified: '2024-05-16T09:00:00Z',
          content_html: '<p>Worth reading.</p>',
        },
      ],
    };
    const feed = parseFeedDocument(Buffer.from(JSON.stringify(json)), 'application/feed+json');
    expect(feed.entries.map((e) => [e.key, e.title, e.url, e.published])).toEqual([
      [
        'url:https://micro.example/1',
        'Rain expected over the valley tonight',
        'https://micro.example/1',
        null,
      ],
      ['guid:n2', 'Worth reading', 'https://elsewhere.example/story', '2024-05-16'],
    ]);
  });
});

describe('links as feed readers resolve them', () => {
  it('given RSS items without <link>, a permalink guid becomes the link, a guid marked not-a-permalink does not, and a relative link resolves against the feed', () => {
    const feed = parse('rss-guid-links.xml');
    expect(feed.entries.map((e) => e.url)).toEqual([
      'https://courier.example/2024/05/permalink-story',
      'https://courier.example/2024/05/plain-guid-story',
      null,
      'https://feeds.example/2024/05/relative-story',
    ]);
  });

  it('given Atom entries, alternate beats self and enclosure, the first of two alternates wins, text links count, and xml:base resolves relative hrefs', () => {
    const feed = parse('atom-links.xml');
    expect(feed.entries.map((e) => e.url)).toEqual([
      'https://wire.example/news/self-before-alternate',
      'https://wire.example/news/first-alternate',
      'https://wire.example/news/no-rel',
      'https://wire.example/news/element-text',
      'https://wire.example/archive/2024/relative-entry',
    ]);
  });
});

describe('namespaces', () => {
  it('given Atom with no xmlns or an unknown draft namespace, and RSS in an unknown default namespace, each is read by its root', () => {
    const read = (xml: string) => parseFeedDocument(Buffer.from(xml)).entries.map((e) => [e.title, e.url]);
    expect(
      read(
        '<feed version="0.3"><entry><title>Entry one</title><link rel="alternate" href="https://a.example/1"/></entry></feed>',
      ),
    ).toEqual([['Entry one', 'https://a.example/1']]);
    expect(
      read(
        '<feed xmlns="http://purl.org/atom/ns#draft-ietf-atompub-format-08"><entry><title>Draft</title><link href="https://a.example/2"/></entry></feed>',
      ),
    ).toEqual([['Draft', 'https://a.example/2']]);
    expect(
      read(
        '<rss xmlns="http://example.org/rss-variant/"><channel><item><title>Variant</title><link>https://a.example/3</link></item></channel></rss>',
      ),
    ).toEqual([['Variant', 'https://a.example/3']]);
  });

  it('given <media:title> before an item without its own title, the media title is not taken for the item title', () => {
    const xml = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
      <media:title>Photo: the quay at dawn</media:title><description>Crews cleared the quay before the ferries ran.</description>
      </item></channel></rss>`;
    expect(parseFeedDocument(Buffer.from(xml)).entries[0]!.title).toBe(
      'Crews cleared the quay before the ferries ran',
    );
  });
});

describe('titles by declared type', () => {
  it('given text, html and xhtml titles, text keeps its angle brackets and the others are cleaned to text', () => {
    const feed = parse('atom-title-types.xml');
    expect(feed.title).toBe('Web & Markup Weekly');
    expect(feed.entries.map((e) => e.title)).toEqual([
      'History of the <blink> tag',
      'Browsers drop legacy plug-ins & codecs',
      'Standards body meets in Lisbon & Porto',
    ]);
  });

  it('given an RSS title with escaped markup, it is read as HTML only when it plainly is HTML', () => {
    const rss = (title: string) =>
      Buffer.from(
        `<rss version="2.0"><channel><item><title>${title}</title><link>https://a.example/1</link></item></channel></rss>`,
      );
    expect(parseFeedDocument(rss('Vote on &lt;b&gt;Tuesday&lt;/b&gt;')).entries[0]!.title).toBe(
      'Vote on Tuesday',
    );
    expect(parseFeedDocument(rss('Why 3 &lt; 4 matters')).entries[0]!.title).toBe('Why 3 < 4 matters');
    expect(parseFeedDocument(rss('Fish &amp;amp; chips')).entries[0]!.title).toBe('Fish & chips');
  });

  it('given an Atom 0.3 feed with base64 title and content, both are decoded', () => {
    const feed = parse('atom03-base64.xml');
    expect(feed.title).toBe('City & Archive');
    expect(feed.entries[0]).toMatchObject({
      title: 'Archive opens to researchers',
      text: 'The city archive opened its war-time records to researchers on Monday.',
      published: '2024-05-13',
    });
  });
});

describe('documents that used to be refused', () => {
  it('given a DOCTYPE with a parameter entity, the feed is read and its internal entities expand', () => {
    const feed = parse('doctype-entities.xml');
    expect(feed.title).toBe('The Lakeside Ledger');
    expect(feed.entries[0]!.title).toBe('Lake levels rise after storms — again');
  });

  it('given an external entity, it is never fetched or expanded (no XXE) and the feed is still read', () => {
    const feed = parse('xxe.xml');
    expect(feed.entries[0]!.title).toBe('Leak: &secret;');
    expect(JSON.stringify(feed)).not.toMatch(/localhost|root:/);
  });

  it('given a channel with no items, the feed has zero entries rather than an error', () => {
    const feed = parse('empty-channel.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Quiet Gazette', entries: [], skipped: [] });
  });

  it('given unescaped HTML in a description or title (void tags, an unclosed <b>), it stays inside its element and the items after it are read', () => {
    const xml = `<rss version="2.0"><channel><title>Sloppy Times</title>
      <item><title>Storm <b>warning</title><description>Gusts of 90 km/h.<br>Stay indoors.<img src="storm.jpg"></description><link>https://sloppy.example/1</link></item>
      <item><title>Roads reopen</title><description><![CDATA[<p>All roads are open again.</p>]]></description><link>https://sloppy.example/2</link></item>
    </channel></rss>`;
    const feed = parseFeedDocument(Buffer.from(xml));
    expect(feed.entries.map((e) => [e.title, e.url, e.text])).toEqual([
      ['Storm warning', 'https://sloppy.example/1', 'Gusts of 90 km/h.\n\nStay indoors.'],
      ['Roads reopen', 'https://sloppy.example/2', 'All roads are open again.'],
    ]);
  });

  it("given RSS 1.0 (RDF), items are read with the publisher's day from dc:date", () => {
    const feed = parse('rdf.xml');
    expect(feed.format).toBe('rdf');
    expect(feed.entries[0]).toMatchObject({
      title: 'Glacier survey finds faster melting',
      key: 'guid:https://bulletin.example/glacier-survey',
      published: '2024-05-16',
    });
  });

  it('given broken or hostile markup, parsing ends quickly with items or a FeedFormatError, never a crash or hang', () => {
    const inputs = [
      '<rss><channel><item><title>Truncated feed</title><link>https://a.example/x</link></item><item><title>Cut off',
      `<rss><channel>${'<item>'.repeat(5000)}</channel></rss>`,
      '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;&b;&b;</title></channel></rss>',
      '\u0000\u0001\u0002binary',
      'plain words, no markup',
      '<rss',
    ];
    for (const input of inputs) {
      const started = performance.now();
      try {
        parseFeedDocument(Buffer.from(input));
      } catch (err) {
        expect((err as { code?: string }).code).toBe('FEED_INVALID');
      }
      expect(performance.now() - started).toBeLessThan(2000);
    }
    expect(parseFeedDocument(Buffer.from(inputs[0]!)).entries[0]!.title).toBe('Truncated feed');
  });
});

describe('publication days', () => {
  it("given RFC 822 and ISO dates with offsets, the day is the publisher's own", () => {
    expect(publishedDay('Thu, 16 May 2024 23:30:00 -0500')).toBe('2024-05-16');
    expect(publishedDay('16 May 24 08:00 GMT')).toBe('2024-05-16');
    expect(publishedDay('2024-05-16T23:30:00-05:00')).toBe('2024-05-16');
    expect(publishedDay('not a date')).toBeNull();
  });
});
