/**
 * Proposals for new articles: attribution cues, sources, statements, entities and contradiction
 * candidates, from readable rule files (src/extract/rules/). docs/proposals.md describes the rules.
 */
export { proposeAnnotations, proposerAgent } from './propose';
export type { Proposal, ProposeInput, RuleNote } from './propose';
export { proposeAssessments } from './pipeline/assessments/assess';
export type { ExistingStatement, LocalClaim } from './pipeline/assessments/assess';
export { RuleBasedDetector } from './pipeline/assessments/contradictions';
export type { Candidate, ClaimView, ContradictionDetector } from './pipeline/assessments/contradictions';
export { formatDraftYaml } from './draft/draft-yaml';
export { loadRuleSet, PROPOSER_LANGUAGES, RuleFileError, rulesDirectory } from './rules-engine/load-rules';
export type { ProposerLanguage, RuleSet } from './rules-engine/load-rules';
export { defaultEvalSet, evaluateArticle, runEvaluation, toExisting } from './evaluation/run';
export type { ArticleScores, EvaluationReport, SetScores } from './evaluation/run';
export { EVAL_SETS, loadSplit, SplitError } from './evaluation/split';
export type { EvalArticle, EvalSetName } from './evaluation/split';
export { LAYERS, scoreProposal, STATEMENT_IOU } from './evaluation/score';
export type { Diagnostics, Layer, ProposalScore } from './evaluation/score';
export { evaluationToJson, formatEvaluationTable } from './evaluation/table';
export { matchOneToOne, scores, spanIoU } from './evaluation/match';
