/** Pure text functions: search folding and stemming, Lucene queries, bidi isolation, hashing. */
export { foldArabic } from './arabic-fold';
export {
  searchKey,
  searchQueryTokens,
  stemArabic,
  stemEnglish,
  stemToken,
  toSearchTokens,
} from './arabic-stem';
export { FSI, PDI, hasRtl, isolate, isolateAlways } from './bidi';
export { canonicalJson, contentId, sha256Hex } from './hash';
export type { JsonValue } from './hash';
export { buildFulltextQuery, escapeLucene } from './lucene';
export type { FulltextQueryOptions } from './lucene';
