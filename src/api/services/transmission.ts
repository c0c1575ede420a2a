import type { TransmissionRowView, TransmissionSourceView } from '../../graph/views';
import { apiError, ErrorCode } from '../errors';
import type { Transmission, TransmissionNode } from '../generated/resolvers-types';
import { ApiLimits } from '../limits';
import { directionOf } from '../resolvers/types/direction';

/** Validates `first` of `Statement.transmission`: the source and the outlet always fit. */
export function transmissionSize(first: number | null | undefined): number {
  const size = first ?? 12;
  if (!Number.isInteger(size) || size < 2 || size > ApiLimits.maxTransmissionNodes) {
    throw apiError(
      ErrorCode.BadUserInput,
      `first must be between 2 and ${ApiLimits.maxTransmissionNodes}, got ${size}`,
      'first',
    );
  }
  return size;
}

/** What the query fetches for a bound of `size` nodes: enough for either end and the carriers. */
export function transmissionLimits(size: number): { head: number; tail: number; carriers: number } {
  const budget = size - 2;
  return { head: budget, tail: Math.floor(budget / 2), carriers: budget };
}

const sourceNode = (s: TransmissionSourceView, role: 'SOURCE' | 'INTERMEDIARY'): TransmissionNode => ({
  id: s.id,
  role,
  label: s.label,
  labelEn: s.labelEn,
  direction: directionOf(s.label),
  kind: s.kind,
});

const outletNode = (o: TransmissionRowView['outlet'], role: 'OUTLET' | 'CARRIER'): TransmissionNode => {
  const label = o.nameOriginal ?? o.name;
  return { id: o.id, role, label, labelEn: o.name, direction: directionOf(label), kind: null };
};

/**
 * The graph of at most `size` nodes: source → intermediaries → outlet, the outlet → each carrier.
 * Intermediaries come first (they are the chain); past the bound the ones nearest each end stay
 * and the edge between them counts the rest. Carriers fill what is left.
 */
export function toTransmission(row: TransmissionRowView, size: number): Transmission {
  const budget = size - 2;
  const all = row.intermediaryCount;
  const headCount = all <= budget ? all : Math.ceil(budget / 2);
  const middle =
    all <= budget
      ? row.head.slice(0, all)
      : [...row.head.slice(0, headCount), ...row.tail.slice(0, budget - headCount).reverse()];
  const omitted = all - middle.length;
  const carriers = row.carriers.slice(0, budget - middle.length);
  const nodes = [
    sourceNode(row.source, 'SOURCE'),
    ...middle.map((s) => sourceNode(s, 'INTERMEDIARY')),
    outletNode(row.outlet, 'OUTLET'),
    ...carriers.map((o) => outletNode(o, 'CARRIER')),
  ];
  const outlet = middle.length + 1;
  const edges = [
    ...Array.from({ length: outlet }, (_, i) => ({
      from: i,
      to: i + 1,
      omitted: omitted > 0 && i === headCount ? omitted : 0,
    })),
    ...carriers.map((_, i) => ({ from: outlet, to: outlet + 1 + i, omitted: 0 })),
  ];
  const totalNodes = 2 + all + row.carrierCount;
  return { nodes, edges, totalNodes, truncated: totalNodes > nodes.length };
}
