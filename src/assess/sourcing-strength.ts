/**
 * Sourcing strength: an explanation first, a number second. Who spoke (named person or
 * institution > role-identified anonymous > anonymous group > unattributed information > the
 * outlet's own inference), how it is reported (direct quote > reported > inference), through how
 * many links, carried by how many independent owners, and whether one source says both sides.
 */
import type {
  OwnerView,
  SourceKind,
  StatementMode,
  StatementOwnersView,
  StatementView,
} from '../graph/views';
import { requirePart } from '../graph/views';

export interface StrengthFactor {
  level: string;
  rank: number;
  maxRank: number;
  explanation: string;
}

export interface SourcingStrength {
  score: number;
  who: StrengthFactor;
  how: StrengthFactor;
  chainLength: number;
  independentOwners: number;
  owners: OwnerView[];
  sameSourceBothSides: boolean;
  explanation: string[];
}

const WHO: Record<SourceKind, { rank: number; text: string }> = {
  NAMED_PERSON: { rank: 5, text: 'a named person' },
  INSTITUTION: { rank: 5, text: 'an institution' },
  ANONYMOUS_INDIVIDUAL: { rank: 4, text: 'an anonymous individual identified by role or affiliation' },
  ANONYMOUS_GROUP: { rank: 3, text: 'an anonymous group' },
  UNATTRIBUTED: { rank: 2, text: 'unattributed information' },
  OUTLET_VOICE: { rank: 1, text: "the outlet's own inference" },
};

const HOW: Record<StatementMode, { rank: number; text: string }> = {
  DIRECT_QUOTE: { rank: 3, text: 'a direct quote' },
  REPORTED_SPEECH: { rank: 2, text: 'reported speech' },
  EDITORIAL_INFERENCE: { rank: 1, text: 'an inference' },
  UNATTRIBUTED: { rank: 1, text: 'an unattributed assertion' },
};

/** Weights of the summary score; they sum to 1. */
const WEIGHTS = { who: 0.4, how: 0.25, chain: 0.15, owners: 0.2 };
/** Independent owners beyond this add nothing more to the score. */
const OWNERS_FOR_FULL_CREDIT = 3;
/** Both sides from one source: the pair says more about that source than about the facts. */
const SAME_SOURCE_PENALTY = 0.5;

export function sourcingStrength(
  statement: StatementView,
  behind: StatementOwnersView,
  sameSourceBothSides: boolean,
): SourcingStrength {
  const who = WHO[statement.source.kind];
  const how = HOW[statement.mode];
  const chain = [...requirePart(statement, 'chain')].sort((a, b) => a.position - b.position);
  const chainLength = 1 + chain.length;
  const owners = uniqueOwners([...behind.carrying, ...behind.corroborating]);
  const label = statement.source.labelEn ?? statement.source.label;

  const raw =
    WEIGHTS.who * (who.rank / 5) +
    WEIGHTS.how * (how.rank / 3) +
    WEIGHTS.chain * (1 / chainLength) +
    WEIGHTS.owners * (Math.min(owners.length, OWNERS_FOR_FULL_CREDIT) / OWNERS_FOR_FULL_CREDIT);
  const score = Math.round(raw * (sameSourceBothSides ? SAME_SOURCE_PENALTY : 1) * 1000) / 1000;

  const explanation = [
    `Who: ${who.text} (${label}).`,
    `How: ${how.text}${statement.cue ? ` (cue: ${statement.cue})` : ''}${statement.hedging ? `, hedged (${statement.hedging})` : ''}.`,
    chainLength === 1
      ? 'Chain: the source reached the outlet directly.'
      : `Chain: ${chainLength} links, through ${chain.map((c) => c.source.labelEn ?? c.source.label).join(' → ')}.`,
    `Carried by ${owners.length} independent owner${owners.length === 1 ? '' : 's'}: ${owners.map((o) => o.name).join(', ') || 'none'}.`,
  ];
  if (sameSourceBothSides) explanation.push('The same source says both sides of this pair.');

  return {
    score,
    who: { level: statement.source.kind, rank: who.rank, maxRank: 5, explanation: explanation[0]! },
    how: { level: statement.mode, rank: how.rank, maxRank: 3, explanation: explanation[1]! },
    chainLength,
    independentOwners: owners.length,
    owners,
    sameSourceBothSides,
    explanation,
  };
}

function uniqueOwners(owners: readonly OwnerView[]): OwnerView[] {
  return [...new Map(owners.map((o) => [o.id, o])).values()].sort((a, b) => a.id.localeCompare(b.id));
}
