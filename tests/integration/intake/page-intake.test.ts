import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config/project-root';
import { readArtifact } from '../../../src/intake/artifact-store';
import { decodePage } from '../../../src/intake/decode';
import { IntakeError } from '../../../src/intake/errors';
import { extractArticle } from '../../../src/intake/extract-article';
import { intakePage } from '../../../src/intake/intake-page';
import { sha256Hex } from '../../../src/text/hash';
import { startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';

const SEED_TEXT = fs.readFileSync(path.join(projectRoot(), 'seed', 'alarabiya-us-forces-iraq.ar.txt'));

describe('intake of web pages served over HTTP', () => {
  let server: PageServer;
  const config = testIntakeConfig();
  const take = (pathname: string, overrides = {}) =>
    intakePage({ url: `${server.origin}${pathname}` }, { ...config, ...overrides });
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntakeError);
    return error as IntakeError;
  };

  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(() => server.close());

  it('extracts the seed article wrapped in a page to exactly the seed text file bytes', async () => {
    const result = await take('/seed');
    expect(Buffer.from(result.article.text, 'utf8').equals(SEED_TEXT)).toBe(true);
    expect(result.retrieval.textSha256).toBe(
      'e55a4c8c4295b2dd01b52d6f3687865bba04ac0b97b8370c4a6b9952a5a02a83',
    );
    expect(result.article.headlineLine).toBeNull();
    expect(result.proposerLanguage).toBe('ar');
    // The relative canonical link is resolved against the URL that answered.
    expect(result.article.metadata.canonicalUrl).toEqual({
      value: `${server.origin}/ar/arab-and-world/iraq/us-forces-iraq`,
      origin: 'html:link[rel=canonical]',
    });
  });

  it('reads every JSON-LD NewsArticle field with its origin, and records the retrieval', async () => {
    const { article, retrieval, slug } = await take('/news/basra-port-reopens');
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Basra port reopens after dredging works');
    expect(lines[1]).toBe(
      'BASRA (Gulf Ledger) — The main container terminal at Umm Qasr reopened on Thursday after six weeks of dredging, the port authority said in a statement.',
    );
    // Inline elements do not split a paragraph; a <br> does; a caption and a byline are not text.
    expect(lines).toContain(
      '"Ships of up to 14 metres draught can berth again," the authority\'s director, Karim Salih, told reporters at the quay. He said traffic would return to normal within a month.',
    );
    expect(lines.slice(-2)).toEqual([
      'The ministry of transport estimates that the closure cost the port about $40 million in lost fees.',
      'Officials did not say who would pay for the works.',
    ]);
    expect(article.text).not.toContain('File photo');
    expect(article.text).not.toContain('Home');
    expect(article.metadata).toEqual({
      headline: { value: 'Basra port reopens after dredging works', origin: 'json-ld:NewsArticle.headline' },
      outlet: { value: 'Gulf Ledger', origin: 'json-ld:NewsArticle.publisher' },
      canonicalUrl: {
        value: 'https://gulf-ledger.example/business/basra-port-reopens',
        origin: 'html:link[rel=canonical]',
      },
      datePublished: { value: '2026-11-20T08:15:00+03:00', origin: 'json-ld:NewsArticle.datePublished' },
      dateModified: { value: '2026-11-21T10:00:00+03:00', origin: 'json-ld:NewsArticle.dateModified' },
      authors: { value: ['Layla Haddad', 'Tom Reeve'], origin: 'json-ld:NewsArticle.author' },
      language: { value: 'en-GB', origin: 'html:lang' },
    });
    expect(slug).toBe('basra-port-reopens');
    const bytes = fs.readFileSync(
      path.join(projectRoot(), 'tests', 'fixtures', 'intake', 'json-ld-news.en.html'),
    );
    expect(retrieval).toMatchObject({
      type: 'RETRIEVAL',
      source: 'url',
      requestedUrl: `${server.origin}/news/basra-port-reopens`,
      finalUrl: `${server.origin}/news/basra-port-reopens`,
      redirects: [],
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      rawSha256: sha256Hex(bytes),
      rawBytes: bytes.length,
      artifact: `sha256:${sha256Hex(bytes)}`,
      charset: 'utf-8',
      charsetOrigin: 'http:content-type',
      textSha256: sha256Hex(article.text),
      extractor: { name: '@mozilla/readability', version: '0.6.0', dom: { name: 'linkedom' } },
      normalisation: 'html-ascii-whitespace-collapse/1',
    });
    expect(Date.parse(retrieval.retrievedAt)).not.toBeNaN();
    // the activity began before the answer came and ended once the text was extracted
    const times = [retrieval.requestedAt, retrieval.retrievedAt, retrieval.extractedAt].map((t) =>
      Date.parse(t!),
    );
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps the raw bytes as an artifact from which the same extractor gives the same text', async () => {
    const { article, retrieval } = await take('/ar/baghdad-schedule');
    const stored = readArtifact(config.artifactsDir, retrieval.rawSha256);
    expect(stored).not.toBeNull();
    const again = extractArticle(decodePage(stored!, retrieval.contentType).html, retrieval.finalUrl);
    expect(sha256Hex(again.text)).toBe(retrieval.textSha256);
    expect(again.text).toBe(article.text);
  });

  it('reads an Arabic page with Open Graph only: each field from its tag, the rest null', async () => {
    const { article, proposerLanguage } = await take('/ar/baghdad-schedule');
    expect(article.text.split('\n')).toEqual([
      'بغداد: لا موعد نهائياً لانسحاب القوات',
      'قال المتحدث باسم الحكومة العراقية إن بغداد لم تحدد بعد موعدًا نهائيًا لانسحاب القوات الأجنبية، وإن المفاوضات مع واشنطن مستمرة.',
      'وأضاف في مؤتمر صحفي أن «الجدول الزمني سيعلن حين يكتمل»، نافيًا ما تداولته وسائل إعلام عن اتفاق سري.',
      'في المقابل، أفاد مصدر أمني عراقي بأن وحدات أميركية بدأت نقل معداتها من قاعدة عين الأسد إلى أربيل.',
    ]);
    expect(article.metadata).toEqual({
      headline: { value: 'بغداد: لا موعد نهائياً لانسحاب القوات', origin: 'meta:og:title' },
      outlet: { value: 'صحيفة الرافد', origin: 'meta:og:site_name' },
      canonicalUrl: { value: 'https://alrafid.example/news/2026/baghdad-schedule', origin: 'meta:og:url' },
      datePublished: { value: '2026-11-24', origin: 'meta:article:published_time' },
      dateModified: null,
      authors: { value: ['سارة الجبوري'], origin: 'meta:article:author' },
      language: { value: 'ar_IQ', origin: 'meta:og:locale' },
    });
    expect(proposerLanguage).toBe('ar');
  });

  it('reads the author from JSON-LD as a string, a Person or a reference, else from <meta name="author">', async () => {
    const authorsOf = async (pathname: string) => (await take(pathname)).article.metadata;
    // a string, kept as written; the page's <meta name="author"> is only a fallback
    expect((await authorsOf('/authors/string')).authors).toEqual({
      value: ['Nadia Karim'],
      origin: 'json-ld:Article.author',
    });
    // one Person object (not a list), on an Arabic page
    expect((await authorsOf('/authors/person')).authors).toEqual({
      value: ['هدى الربيعي'],
      origin: 'json-ld:NewsArticle.author',
    });
    // an @graph page whose author and publisher point by @id at objects elsewhere on the page
    const referenced = await authorsOf('/authors/reference');
    expect(referenced.authors).toEqual({ value: ['Rania Odeh'], origin: 'json-ld:NewsArticle.author' });
    expect(referenced.outlet).toEqual({ value: 'Levant Wire', origin: 'json-ld:NewsArticle.publisher' });
    // a JSON-LD author with no name gives nothing: the <meta> tag answers, and says so
    const fallback = await authorsOf('/authors/meta');
    expect(fallback.authors).toEqual({ value: ['Omar Said'], origin: 'meta:author' });
    expect(fallback.datePublished).toEqual({
      value: '2026-12-05',
      origin: 'json-ld:NewsArticle.datePublished',
    });
  });

  it('reads dates from <time datetime> in the article: published apart from modified, outside ones ignored', async () => {
    const { article } = await take('/ar/rabia-crossing');
    expect(article.metadata).toEqual({
      headline: { value: 'تمديد ساعات عمل معبر ربيعة', origin: 'html:h1' },
      outlet: null,
      canonicalUrl: null,
      // the header's <time> is the site's date, not the article's; the modified one comes first
      datePublished: { value: '2026-12-06T09:15:00+03:00', origin: 'html:article time[datetime]' },
      dateModified: { value: '2026-12-06T18:40:00+03:00', origin: 'html:time[itemprop=dateModified]' },
      authors: null,
      language: { value: 'ar-IQ', origin: 'html:lang' },
    });
  });

  it('gives null for every field of a page without metadata, and guesses no date from its words', async () => {
    const { article, slug } = await take('/bare');
    expect(article.metadata).toEqual({
      headline: null,
      outlet: null,
      canonicalUrl: null,
      datePublished: null,
      dateModified: null,
      authors: null,
      language: null,
    });
    expect(article.headlineLine).toBeNull();
    expect(article.text).toContain('Published 3 days ago');
    expect(slug).toBe('bare');
  });

  it('follows redirects by hand and records each hop', async () => {
    const { retrieval, article } = await take('/old-link');
    expect(retrieval.requestedUrl).toBe(`${server.origin}/old-link`);
    expect(retrieval.finalUrl).toBe(`${server.origin}/news/basra-port-reopens`);
    expect(retrieval.redirects).toEqual([
      { url: `${server.origin}/old-link`, status: 302, location: `${server.origin}/moved` },
      { url: `${server.origin}/moved`, status: 301, location: `${server.origin}/news/basra-port-reopens` },
    ]);
    expect(article.headlineLine).toBe('Basra port reopens after dredging works');
  });

  it('refuses a redirect loop after the configured number of hops', async () => {
    const error = await failure(take('/loop'));
    expect(error.reason).toBe('TOO_MANY_REDIRECTS');
    expect(error.message).toMatch(/more than 3 redirects/);
  });

  it('refuses a page over the size cap, announced or counted, and stores nothing of it', async () => {
    for (const pathname of ['/big', '/big-chunked']) {
      const error = await failure(take(pathname));
      expect(error.reason).toBe('TOO_LARGE');
      expect(error.message).toMatch(/larger than 8192 bytes/);
    }
    const bytes = fs.readFileSync(
      path.join(projectRoot(), 'tests', 'fixtures', 'intake', 'oversize.en.html'),
    );
    expect(readArtifact(config.artifactsDir, sha256Hex(bytes))).toBeNull();
  });

  it('refuses a response that is not a web page, naming its type', async () => {
    const error = await failure(take('/data.json'));
    expect(error.reason).toBe('UNSUPPORTED_CONTENT_TYPE');
    expect(error.message).toMatch(/is application\/json, not a web page/);
  });

  it('refuses an HTTP error status, a timeout, and non-http URLs', async () => {
    expect((await failure(take('/gone'))).reason).toBe('HTTP_STATUS');
    const slow = await failure(take('/slow', { timeoutMs: 300 }));
    expect(slow.reason).toBe('TIMEOUT');
    expect((await failure(intakePage({ url: 'file:///etc/passwd' }, config))).reason).toBe('BAD_URL');
  });

  it('refuses loopback addresses unless configured, and fetches nothing offline', async () => {
    const refused = await failure(take('/bare', { allowPrivateAddresses: false }));
    expect(refused.reason).toBe('PRIVATE_ADDRESS');
    expect(refused.message).toMatch(/127\.0\.0\.1.*loopback, private or link-local/);
    const localhost = await failure(
      intakePage(
        { url: server.origin.replace('127.0.0.1', 'localhost') + '/bare' },
        { ...config, allowPrivateAddresses: false },
      ),
    );
    expect(localhost.reason).toBe('PRIVATE_ADDRESS');
    expect((await failure(take('/bare', { offline: true }))).reason).toBe('OFFLINE');
  });

  it('takes a saved file offline, recording the page URL given for it', async () => {
    const file = path.join(projectRoot(), 'tests', 'fixtures', 'intake', 'seed-alarabiya.ar.html');
    const result = await intakePage(
      { file, pageUrl: 'https://www.alarabiya.net/ar/arab-and-world/iraq/us-forces-iraq' },
      { ...config, offline: true },
    );
    expect(Buffer.from(result.article.text, 'utf8').equals(SEED_TEXT)).toBe(true);
    expect(result.retrieval).toMatchObject({
      source: 'file',
      file: 'seed-alarabiya.ar.html',
      requestedUrl: 'https://www.alarabiya.net/ar/arab-and-world/iraq/us-forces-iraq',
      finalUrl: null,
      httpStatus: null,
      contentType: null,
      charsetOrigin: 'html:meta',
    });
    expect(result.slug).toBe('us-forces-iraq');
  });
});
