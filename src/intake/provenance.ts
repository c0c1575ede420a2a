import { contentId, sha256Hex } from '../text/hash';
import type { Decoded } from './decode';
import type { ExtractedArticle } from './extract-article';
import type { FetchedPage, RedirectHop } from './fetch-page';
import type { PageMetadata } from './metadata';
import type { ExtractorInfo } from './versions';

/** Where the page came from: a URL fetched now, a saved file, or HTML sent to the API. */
export type PageOrigin =
  | { kind: 'url'; page: FetchedPage }
  | { kind: 'file'; name: string; url: string | null }
  | { kind: 'html'; url: string | null };

/**
 * The PROV activity of one intake (type RETRIEVAL): what was asked for, what answered, the bytes and
 * the text by their hashes, and the software between them. Enough for an auditor to take the
 * artifact, re-run the same extractor, and compare `textSha256`.
 */
export interface RetrievalActivity {
  id: string;
  type: 'RETRIEVAL';
  source: 'url' | 'file' | 'html';
  /** The URL as asked (url), or as the caller says the saved page came from (file, html), or null. */
  requestedUrl: string | null;
  /** The URL that answered after redirects; null when nothing was fetched. */
  finalUrl: string | null;
  redirects: RedirectHop[];
  /** When the response arrived (url), or when the file or HTML was read. */
  retrievedAt: string;
  /**
   * When the activity began (the first request sent, or the file or HTML read) and ended (the text
   * extracted): PROV's startedAtTime and endedAtTime. Null only in records written before they were kept.
   */
  requestedAt: string | null;
  extractedAt: string | null;
  httpStatus: number | null;
  contentType: string | null;
  file: string | null;
  rawSha256: string;
  rawBytes: number;
  /** `sha256:<hex>`: the artifact holding the raw bytes. */
  artifact: string;
  charset: string;
  charsetOrigin: Decoded['charsetOrigin'];
  textSha256: string;
  extractor: ExtractorInfo;
  normalisation: string;
}

/**
 * Builds the activity. Its id derives from the bytes, where they came from and the extractor, so
 * the same page taken again with the same software is the same activity (one article, one record).
 */
export function buildRetrieval(
  origin: PageOrigin,
  bytes: Uint8Array,
  decoded: Decoded,
  article: ExtractedArticle,
  times: { requestedAt: string; extractedAt: string },
): RetrievalActivity {
  const rawSha256 = sha256Hex(bytes);
  const page = origin.kind === 'url' ? origin.page : null;
  const requestedUrl = page ? page.requestedUrl : origin.kind === 'url' ? null : origin.url;
  const finalUrl = page ? page.finalUrl : null;
  const { extractor } = article;
  return {
    id: retrievalId({ rawSha256, requestedUrl, finalUrl, extractor }),
    type: 'RETRIEVAL',
    source: origin.kind,
    requestedUrl,
    finalUrl,
    redirects: page ? page.redirects : [],
    retrievedAt: page ? page.retrievedAt : times.requestedAt,
    requestedAt: times.requestedAt,
    extractedAt: times.extractedAt,
    httpStatus: page ? page.status : null,
    contentType: page ? page.contentType : null,
    file: origin.kind === 'file' ? origin.name : null,
    rawSha256,
    rawBytes: bytes.byteLength,
    artifact: `sha256:${rawSha256}`,
    charset: decoded.charset,
    charsetOrigin: decoded.charsetOrigin,
    textSha256: sha256Hex(article.text),
    extractor,
    normalisation: article.normalisation,
  };
}

/** What a retrieval's id derives from (verify reads these back from an export). */
export interface RetrievalIdParts {
  rawSha256: string;
  requestedUrl: string | null;
  finalUrl: string | null;
  extractor: { name: string; version: string; dom: { version: string } };
}

/** The activity's id: from the bytes, the URLs and the extractor's versions (nothing else). */
export function retrievalId(r: RetrievalIdParts): string {
  return contentId(
    'act',
    'retrieval',
    r.rawSha256,
    r.requestedUrl ?? '',
    r.finalUrl ?? '',
    r.extractor.name,
    r.extractor.version,
    r.extractor.dom.version,
  );
}

/** The retrieval as the API shows it (and as the graph stores it): flat, the extractor spelled out. */
export function retrievalProps(r: RetrievalActivity) {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    requestedUrl: r.requestedUrl,
    finalUrl: r.finalUrl,
    retrievedAt: r.retrievedAt,
    requestedAt: r.requestedAt,
    extractedAt: r.extractedAt,
    httpStatus: r.httpStatus,
    contentType: r.contentType,
    file: r.file,
    rawSha256: r.rawSha256,
    rawBytes: r.rawBytes,
    artifact: r.artifact,
    charset: r.charset,
    charsetOrigin: r.charsetOrigin,
    textSha256: r.textSha256,
    extractor: r.extractor.name,
    extractorVersion: r.extractor.version,
    dom: r.extractor.dom.name,
    domVersion: r.extractor.dom.version,
    tool: 'isnad',
    toolVersion: r.extractor.isnadVersion,
    normalisation: r.normalisation,
  };
}

/** The RETRIEVAL activity node's properties: the flat retrieval, its hops and the page's metadata as JSON. */
export function retrievalNode(r: RetrievalActivity, metadata: PageMetadata) {
  return { ...retrievalProps(r), redirects: JSON.stringify(r.redirects), metadata: JSON.stringify(metadata) };
}

/** The id of the graph's Artifact node of the raw bytes whose sha256 (hex) is `rawSha256`. */
export const artifactNodeId = (rawSha256: string): string => `artifact:sha256:${rawSha256}`;

/** The URLs a later version of the page may be found at: as asked and as answered. */
export const retrievalUrls = (r: RetrievalActivity): string[] =>
  [r.requestedUrl, r.finalUrl].filter((u): u is string => u !== null);
