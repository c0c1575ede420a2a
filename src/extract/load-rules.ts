/** Kept so that src/extract/evaluation resolves its imports; new code imports from index.ts. */
export type { ProposerLanguage } from './rules-engine/load-rules';
