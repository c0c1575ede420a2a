/**
 * Writes a proposal as an annotation file in the seed's YAML style, with a comment above every source,
 * statement and assessment naming the rules that produced it and their confidence, so that a reviewer
 * sees why each item is there. Comments are not data: ingesting the reviewed file keeps only what the
 * schema holds (assessments keep `method: RULE` and `rule`).
 */
import { Document, isMap, isSeq } from 'yaml';
import type { Proposal, RuleNote } from '../propose';

const HEADER = [
  ' Draft proposed by the Isnad rule-based proposer: every item below is a proposal, not a judgement.',
  ' Review each one against the article (docs/annotation-guide.md), add English glosses (null here),',
  ' fix or delete what is wrong, then ingest. Comments name the rules that fired (docs/proposals.md).',
].join('\n');

/** The proposal as YAML text (an annotation file, `schemaVersion: 1`). */
export function formatDraftYaml(proposal: Proposal): string {
  const doc = new Document(withoutUndefined(proposal.annotation));
  doc.commentBefore = HEADER;
  annotate(doc, 'sources', proposal.notes.sources);
  annotate(doc, 'statements', proposal.notes.statements);
  const assessments = doc.get('assessments', true);
  if (isSeq(assessments)) {
    assessments.items.forEach((item) => {
      if (!isMap(item)) return;
      const rule = String(item.get('rule') ?? item.get('method'));
      item.commentBefore = ` candidate from rule ${rule}, confidence ${String(item.get('confidence'))}: review`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

function annotate(doc: Document, section: string, notes: Record<string, RuleNote>): void {
  const seq = doc.get(section, true);
  if (!isSeq(seq)) return;
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const note = notes[String(item.get('id'))];
    if (note)
      item.commentBefore = ` rules: ${note.rules.join(', ')}; confidence ${note.confidence.toFixed(2)}`;
  }
}

/** YAML would write `undefined` fields as empty values; the schema leaves them out. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    );
  }
  return value;
}
