import type { ExportNode } from '../../../src/graph/export-reader';

/** An article whose text puts an emoji (two UTF-16 units, one code point) before the quote. */
export const ARTICLE_TEXT = 'قال 🚀 مسؤول: "لا تغييرات لدينا" في العراق.';
export const QUOTE = 'لا تغييرات لدينا';
/** In code points: one fewer than the UTF-16 index, because of the emoji. */
export const QUOTE_START = [...ARTICLE_TEXT.slice(0, ARTICLE_TEXT.indexOf(QUOTE))].length;

const at = '2026-11-25T10:08:43.075000000Z';

/** A small closure: article, source, statement with a gloss, a correction and an assessment. */
export function sampleNodes(): ExportNode[] {
  const start = QUOTE_START;
  const end = start + [...QUOTE].length;
  return [
    node(
      'Activity',
      'act_1',
      {
        type: 'ANNOTATION',
        tool: 'isnad',
        toolVersion: '0.1.0',
        inputHash: 'abc',
        file: 'x.yaml',
        annotatedAt: '2026-11-25',
        startedAt: at,
      },
      [
        edge('WAS_ASSOCIATED_WITH', 'agent:team', 'Agent', { role: 'annotator' }),
        edge('WAS_ASSOCIATED_WITH', 'agent:isnad-0.1.0', 'Agent', { role: 'software' }),
        edge('USED', 'art_1', 'Article'),
      ],
      ['agent:isnad-0.1.0', 'agent:team', 'art_1', 'entity:iraq', 'src_1'],
    ),
    node('Agent', 'agent:team', { name: 'Team', kind: 'TEAM', version: null }),
    node('Agent', 'agent:isnad-0.1.0', { name: 'isnad', kind: 'TOOL', version: '0.1.0' }),
    node(
      'Article',
      'art_1',
      {
        slug: 'a',
        contentHash: 'h',
        text: ARTICLE_TEXT,
        language: 'ar',
        headline: null,
        codePointLength: [...ARTICLE_TEXT].length,
        schemaVersion: 1,
      },
      [edge('MENTIONS', 'entity:iraq', 'Entity', { start: 36, end: 42, quote: 'العراق' })],
    ),
    node('Entity', 'entity:iraq', { kind: 'PLACE', name: 'العراق', nameEn: 'Iraq', searchText: 'x' }),
    node(
      'Source',
      'src_1',
      {
        localId: 'official',
        articleSlug: 'a',
        articleId: 'art_1',
        kind: 'ANONYMOUS_INDIVIDUAL',
        label: 'مسؤول',
        labelEn: 'an official',
      },
      [edge('IN_ARTICLE', 'art_1', 'Article')],
    ),
    node(
      'Statement',
      'st_1',
      {
        localId: 'no-changes',
        articleSlug: 'a',
        articleId: 'art_1',
        quote: QUOTE,
        prefix: null,
        suffix: null,
        start,
        end,
        paragraph: 1,
        mode: 'DIRECT_QUOTE',
        cue: 'قال',
        hedging: null,
        language: 'ar',
        searchText: 'x',
      },
      [
        edge('IN_ARTICLE', 'art_1', 'Article'),
        edge('ATTRIBUTED_TO', 'src_1', 'Source'),
        edge('VIA', 'src_1', 'Source', { position: 0 }),
      ],
    ),
    node(
      'Statement',
      'st_2',
      {
        localId: 'no-changes-fixed',
        articleSlug: 'a',
        articleId: 'art_1',
        quote: QUOTE,
        start,
        end,
        paragraph: 1,
        mode: 'DIRECT_QUOTE',
        language: 'ar',
      },
      [
        edge('IN_ARTICLE', 'art_1', 'Article'),
        edge('ATTRIBUTED_TO', 'src_1', 'Source'),
        edge('SUPERSEDES', 'st_1', 'Statement', { reason: 'gloss fixed', correctionId: 'fix-1' }),
      ],
    ),
    node(
      'Gloss',
      'gl_1',
      { text: 'We have no changes', language: 'en', isTranslation: true, searchText: 'x' },
      [edge('GLOSS_OF', 'st_1', 'Statement'), edge('TRANSLATED_BY', 'agent:team', 'Agent')],
    ),
    node(
      'Assessment',
      'as_1',
      {
        localId: 'x-vs-y',
        articleSlug: 'a',
        relation: 'CONTRADICTS',
        rationale: 'No change vs change.',
        confidence: 0.8,
        method: 'HUMAN',
        rule: null,
      },
      [
        edge('FROM', 'st_2', 'Statement'),
        edge('TO', 'st_1', 'Statement'),
        edge('ASSERTED_BY', 'agent:team', 'Agent'),
      ],
    ),
  ];
}

function edge(
  type: string,
  to: string,
  toLabel: string,
  props: Record<string, unknown> = {},
): ExportNode['out'][number] {
  return { type, to, toLabel, props };
}

function node(
  label: ExportNode['label'],
  id: string,
  props: Record<string, unknown>,
  out: ExportNode['out'] = [],
  recorded: string[] = [],
): ExportNode {
  const generated = label === 'Activity' ? [] : [edge('WAS_GENERATED_BY', 'act_1', 'Activity')];
  return { label, id, props: { id, ...props }, out: [...out, ...generated], recorded };
}
