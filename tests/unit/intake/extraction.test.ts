import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPrivateAddress } from '../../../src/intake/address-check';
import { artifactPath, readArtifact, storeArtifact } from '../../../src/intake/artifact-store';
import { decodePage } from '../../../src/intake/decode';
import { IntakeError } from '../../../src/intake/errors';
import { extractArticle } from '../../../src/intake/extract-article';
import { normaliseParagraph } from '../../../src/intake/normalise';
import { sha256Hex } from '../../../src/text/hash';

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe('whitespace normalisation inside a paragraph', () => {
  it('collapses runs of ASCII whitespace to one space and trims the ends', () => {
    expect(normaliseParagraph(' \n\t قال  المتحدث\r\n  إن\f بغداد \n')).toBe('قال المتحدث إن بغداد');
  });

  it('keeps no-break spaces, zero-width joiners, bidi marks, tatweel and diacritics as written', () => {
    const kept = 'العـــراق\u00A0اليوم \u200Fقال\u200D مُؤكِّدًا';
    expect(normaliseParagraph(kept)).toBe(kept);
  });

  it('applies no Unicode normalisation (a decomposed letter stays decomposed)', () => {
    const decomposed = 'Cafe\u0301 owners said';
    expect(normaliseParagraph(decomposed)).toBe(decomposed);
  });
});

describe('paragraphs and the headline line', () => {
  it('puts each block on its own line, keeps inline elements inside it, and breaks at <br>', () => {
    const { text, headlineLine } = extractArticle(
      page(
        '<h1>Bridge  closed</h1><p>The <b>council</b> voted <a href="/x">on Monday</a> to close the bridge to lorries after engineers found cracks.</p>' +
          '<p>Residents objected.<br>The council gave no date for repairs, saying the works depend on funding still to be agreed.</p>' +
          '<figure><figcaption>The bridge in 2020.</figcaption></figure>',
      ),
      null,
    );
    expect(headlineLine).toBe('Bridge closed');
    expect(text).toBe(
      'Bridge closed\nThe council voted on Monday to close the bridge to lorries after engineers found cracks.\nResidents objected.\nThe council gave no date for repairs, saying the works depend on funding still to be agreed.',
    );
  });

  it('takes no headline line from a <title> or og:title: only words the page shows in an <h1>', () => {
    const result = extractArticle(
      page(
        '<p>The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.</p>',
        '<title>Bridge</title>',
      ),
      null,
    );
    expect(result.headlineLine).toBeNull();
    expect(result.metadata.headline).toEqual({ value: 'Bridge', origin: 'html:title' });
    expect(result.text.startsWith('The council')).toBe(true);
  });

  it('reads a fragment or a page without <html> as a browser would, and refuses text that is no HTML', () => {
    const paragraph =
      '<p>The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.</p>';
    expect(extractArticle(`<h1>Bridge closed</h1>${paragraph}`, null).text).toBe(
      'Bridge closed\nThe council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.',
    );
    // the title is the head's, not text; the tag it leaves out changes nothing
    const bare = extractArticle(
      `<!doctype html><title>Bridge</title><meta name="author" content="Omar Said">${paragraph}`,
      null,
    );
    expect(bare.text).toBe(
      'The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.',
    );
    expect(bare.metadata.headline).toEqual({ value: 'Bridge', origin: 'html:title' });
    expect(bare.metadata.authors).toEqual({ value: ['Omar Said'], origin: 'meta:author' });
    const json = () => extractArticle('{ "headline": "This is JSON, not a web page" }', null);
    expect(json).toThrow(IntakeError);
    expect(json).toThrow(/holds no HTML elements/);
  });

  it('refuses a page with no text in it', () => {
    expect(() =>
      extractArticle('<html><body><img src="a.jpg"><script>x()</script></body></html>', null),
    ).toThrow(IntakeError);
  });

  it('takes every author Open Graph repeats, in order, and none from an empty tag or a nameless JSON-LD author', () => {
    const body =
      '<p>The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.</p>';
    const repeated = extractArticle(
      page(
        body,
        '<meta property="article:author" content="Layla Haddad" /><meta property="article:author" content="" />' +
          '<meta property="article:author" content="Tom Reeve" />',
      ),
      null,
    );
    expect(repeated.metadata.authors).toEqual({
      value: ['Layla Haddad', 'Tom Reeve'],
      origin: 'meta:article:author',
    });
    const nameless = extractArticle(
      page(
        body,
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":" "},{"@id":"#nobody"}]}</script>' +
          '<meta name="author" content="" />',
      ),
      null,
    );
    expect(nameless.metadata.authors).toBeNull();
  });

  it('takes a date only when it is ISO 8601 as written, never a date in words', () => {
    const result = extractArticle(
      page(
        '<p>The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.</p>',
        '<meta property="article:published_time" content="Monday, 3 March" />',
      ),
      null,
    );
    expect(result.metadata.datePublished).toBeNull();
  });
});

describe('decoding a page', () => {
  it('decodes by the declared charset (windows-1256 Arabic) and records where it was declared', () => {
    const bytes = Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf]); // بغداد in windows-1256
    const decoded = decodePage(bytes, 'text/html; charset=windows-1256');
    expect(decoded).toEqual({ html: 'بغداد', charset: 'windows-1256', charsetOrigin: 'http:content-type' });
  });

  it('refuses bytes that are not valid in the charset instead of replacing them', () => {
    expect(() =>
      decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x41]), 'text/html; charset=utf-8'),
    ).toThrow(/not valid utf-8/);
  });
});

describe('private-range addresses', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
  ])('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe('the artifact store', () => {
  it('keeps bytes once under their sha256 and gives them back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-artifacts-'));
    const bytes = Buffer.from('<p>page</p>');
    const first = storeArtifact(dir, bytes);
    const second = storeArtifact(dir, bytes);
    expect(second).toEqual(first);
    expect(first.ref).toBe(`sha256:${sha256Hex(bytes)}`);
    expect(artifactPath(dir, first.sha256)).toBe(
      path.join(dir, 'sha256', first.sha256.slice(0, 2), first.sha256),
    );
    expect(readArtifact(dir, first.sha256)?.equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(artifactPath(dir, first.sha256)))).toEqual([first.sha256]);
  });
});
