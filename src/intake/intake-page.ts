import fs from 'node:fs';
import path from 'node:path';
import type { IntakeConfig } from '../config/config';
import { hasRtl } from '../text/bidi';
import { storeArtifact } from './artifact-store';
import { decodePage } from './decode';
import type { Decoded } from './decode';
import { IntakeError } from './errors';
import { extractArticle } from './extract-article';
import type { ExtractedArticle } from './extract-article';
import { fetchPage, parsePageUrl } from './fetch-page';
import { buildRetrieval } from './provenance';
import type { PageOrigin, RetrievalActivity } from './provenance';

/** One page to take in: a URL to fetch, a saved file, or HTML (from the API). */
export type PageInput =
  { url: string } | { file: string; pageUrl?: string | null } | { html: string; pageUrl?: string | null };

/** A page taken in: the article, the activity that took it, and its raw bytes' artifact. */
export interface IntakeResult {
  article: ExtractedArticle;
  retrieval: RetrievalActivity;
  /** The language the proposer should use: the page's own when ar or en, else by script. */
  proposerLanguage: 'ar' | 'en';
  /** A kebab-case slug from the page's URL or file name (or its text hash when they give none). */
  slug: string;
}

/**
 * Takes in one page: fetches it (or reads the file), stores the bytes as an artifact, decodes and
 * extracts the article, and records the retrieval. Nothing is written to the graph here.
 *
 * @throws IntakeError for every expected failure (bad URL, refused address, size, type, no article).
 */
export async function intakePage(input: PageInput, config: IntakeConfig): Promise<IntakeResult> {
  // The activity's start: before the first request, or before the file or HTML is read.
  const requestedAt = new Date().toISOString();
  let bytes: Buffer;
  let origin: PageOrigin;
  let contentType: string | null = null;
  let contentLanguage: string | null = null;
  if ('url' in input) {
    const page = await fetchPage(input.url, config);
    ({ bytes, contentType, contentLanguage } = page);
    origin = { kind: 'url', page };
  } else if ('file' in input) {
    bytes = readFileCapped(input.file, config.maxBytes);
    origin = { kind: 'file', name: path.basename(input.file), url: pageUrlOf(input.pageUrl) };
  } else {
    bytes = Buffer.from(input.html, 'utf8');
    if (bytes.byteLength > config.maxBytes) {
      throw new IntakeError(
        'TOO_LARGE',
        `the HTML is larger than ${config.maxBytes} bytes (ISNAD_INTAKE_MAX_BYTES)`,
      );
    }
    origin = { kind: 'html', url: pageUrlOf(input.pageUrl) };
  }
  const baseUrl = origin.kind === 'url' ? origin.page.finalUrl : origin.url;
  // A page that cannot be read names itself: the file as given, the URL that answered, or the HTML.
  const where = origin.kind === 'url' ? origin.page.finalUrl : 'file' in input ? input.file : 'the HTML';
  let decoded: Decoded;
  let article: ExtractedArticle;
  try {
    decoded = decodePage(bytes, contentType);
    article = extractArticle(decoded.html, baseUrl, contentLanguage);
  } catch (error) {
    if (error instanceof IntakeError) throw new IntakeError(error.reason, `${where}: ${error.message}`);
    throw error;
  }
  const extractedAt = new Date().toISOString();
  // Kept only once the text is taken: a refused page stores nothing.
  storeArtifact(config.artifactsDir, bytes);
  const retrieval = buildRetrieval(origin, bytes, decoded, article, { requestedAt, extractedAt });
  return {
    article,
    retrieval,
    proposerLanguage: proposerLanguage(article),
    slug: slugFor(article, retrieval),
  };
}

function pageUrlOf(raw: string | null | undefined): string | null {
  return raw === null || raw === undefined ? null : parsePageUrl(raw).href;
}

function readFileCapped(file: string, maxBytes: number): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new IntakeError(
      'UNREADABLE_FILE',
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (size > maxBytes)
    throw new IntakeError('TOO_LARGE', `${file} is larger than ${maxBytes} bytes (ISNAD_INTAKE_MAX_BYTES)`);
  return fs.readFileSync(file);
}

function proposerLanguage(article: ExtractedArticle): 'ar' | 'en' {
  const primary = article.metadata.language?.value.toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar' || primary === 'en') return primary;
  return hasRtl(article.text) ? 'ar' : 'en';
}

/** The last path segment of the canonical, final or asked URL, or the file name, in kebab-case. */
function slugFor(article: ExtractedArticle, retrieval: RetrievalActivity): string {
  const url = article.metadata.canonicalUrl?.value ?? retrieval.finalUrl ?? retrieval.requestedUrl;
  let base = retrieval.file === null ? '' : retrieval.file.replace(/\.[^.]*$/, '').replace(/\.(ar|en)$/, '');
  if (url !== null) {
    const segment =
      new URL(url).pathname
        .split('/')
        .filter((s) => s !== '')
        .pop() ?? '';
    base = decodeURIComponentSafe(segment).replace(/\.[a-z]{2,5}$/i, '');
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 3 ? slug : `page-${retrieval.textSha256.slice(0, 12)}`;
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
