/** The pluggable extractors: the rules (default) and a model server (OpenAI-compatible chat completions). */
export {
  createModelExtractor,
  EXTRACTOR_NAMES,
  modelAgent,
  rulesExtractor,
  selectExtractor,
} from './extractor';
export type { Extractor, ExtractorName } from './extractor';
export type { ExtractionResult } from './build-draft';
export { buildModelDraft, modelRuleId } from './build-draft';
export { checkQuote } from './anchor-quotes';
export type { QuoteCheck, RejectedQuote } from './anchor-quotes';
export { chatCompletionsUrl, ModelServerError, requestModelReply } from './client';
export { buildMessages } from './prompt';
export type { ChatMessage } from './prompt';
