/**
 * Content-derived ids: the same input gives the same ids on every machine, so a second ingest
 * finds every node already there. Shared vocabulary (outlets, owners, topics, entities, agents)
 * keeps the annotator's slug behind a label prefix, so ids stay unique across labels and readable.
 */
import { contentId } from '../text/hash';

export const ids = {
  owner: (slug: string) => `owner:${slug}`,
  outlet: (slug: string) => `outlet:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  entity: (slug: string) => `entity:${slug}`,
  agent: (slug: string) => `agent:${slug}`,
  article: (contentHash: string) => contentId('art', contentHash),
  source: (articleId: string, localId: string) => contentId('src', articleId, localId),
  statement: (articleId: string, start: number, end: number, sourceLocalId: string) =>
    contentId('st', articleId, start, end, sourceLocalId),
  correctedStatement: (
    articleId: string,
    start: number,
    end: number,
    sourceLocalId: string,
    supersedes: string,
  ) => contentId('st', articleId, start, end, sourceLocalId, 'supersedes', supersedes),
  gloss: (statementId: string, language: string, translatorId: string, text: string) =>
    contentId('gl', statementId, language, translatorId, text),
  assessment: (
    relation: string,
    fromId: string,
    toId: string,
    assertedBy: string,
    method: string,
    rule: string,
  ) => contentId('as', relation, fromId, toId, assertedBy, method, rule),
  correctedAssessment: (
    relation: string,
    fromId: string,
    toId: string,
    assertedBy: string,
    method: string,
    rule: string,
    supersedes: string,
  ) => contentId('as', relation, fromId, toId, assertedBy, method, rule, 'supersedes', supersedes),
  exclusion: (articleId: string, start: number, end: number) => contentId('ex', articleId, start, end),
  withdrawal: (supersedes: string, reason: string) => contentId('wd', supersedes, reason),
  activity: (inputHash: string, toolVersion: string, annotatorId: string) =>
    contentId('act', inputHash, toolVersion, annotatorId),
};
