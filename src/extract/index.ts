/**
 * Proposals for new articles: attribution cues, sources, statements, entities and contradiction
 * candidates, from readable rule files (src/extract/rules/). docs/proposals.md describes the rules.
 */
export { proposeAnnotations, proposerAgent } from './propose';
export type { Proposal, ProposeInput, RuleNote } from './propose';
export type { ExistingStatement } from './assess';
export { RuleBasedDetector } from './contradictions';
export type { Candidate, ClaimView, ContradictionDetector } from './contradictions';
export { formatDraftYaml } from './draft-yaml';
export { loadRuleSet, PROPOSER_LANGUAGES, RuleFileError, rulesDirectory } from './load-rules';
export type { ProposerLanguage, RuleSet } from './load-rules';
export { defaultEvalSet, evaluateArticle, runEvaluation, scoreProposal, STATEMENT_IOU } from './evaluate';
export type { ArticleScores, EvalArticle, EvaluationReport } from './evaluate';
export { formatEvaluationTable } from './eval-table';
export { matchOneToOne, scores, spanIoU } from './eval-match';
