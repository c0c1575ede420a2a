/**
 * Figures and dates that cannot both hold: two counts of one counted noun (a bound exceeded, or a
 * ratio ≥ 1.5), two durations, two dates of one event (a different month or day, or "by March"
 * against "not before summer").
 */
import type { DateMention, Quantity } from './features';
import { ANY_UNIT, DURATION } from './features';
import { predicateLexicon } from './predicates';

/** A conflict between two figures, and whether it rests on a bound ("no more than 109" vs 142). */
export interface FigureConflict {
  words: string;
  unit: string;
  bounded: boolean;
}

/** A ratio beyond which two figures of one unit are taken to measure different things. */
const DIFFERENT_SCALE = 100;

/** The first pair of figures counting the same thing that cannot both hold. */
export function incompatibleQuantities(a: Quantity[], b: Quantity[]): FigureConflict | undefined {
  for (const x of a) {
    for (const y of b) {
      const unit = x.unit === ANY_UNIT ? y.unit : x.unit;
      if ((x.unit !== y.unit && x.unit !== ANY_UNIT && y.unit !== ANY_UNIT) || x.value === y.value) continue;
      if (unit === DURATION || (x.unit === ANY_UNIT && y.unit === ANY_UNIT)) {
        if (x.unit !== y.unit) continue;
      }
      const [low, high] = x.value < y.value ? [x, y] : [y, x];
      // 310 m³/s against a reservoir's 140 million m³, 30 tonnes spilled against 14 million handled a
      // year: figures that far apart measure different things.
      if (low.value > 0 && high.value / low.value > DIFFERENT_SCALE) continue;
      const bounded = low.bound === 'max' || high.bound === 'min';
      const exact = predicateLexicon().exactUnits.has(unit);
      const conflict = exact || bounded || high.value / low.value >= 1.5;
      if (conflict && !(low.bound === 'min' && high.bound !== 'max'))
        return { words: `${show(x)} vs ${show(y)}`, unit, bounded };
    }
  }
  return undefined;
}

/** The same figure for the same counted noun in both. */
export function sameFigure(a: Quantity[], b: Quantity[]): Quantity | undefined {
  return a.find((x) => b.some((y) => y.unit === x.unit && y.value === x.value && x.unit !== 'duration'));
}

function show(q: Quantity): string {
  const bound = q.bound === 'max' ? 'at most ' : q.bound === 'min' ? 'at least ' : '';
  if (q.unit !== 'duration') return `${bound}${q.value} ${q.unit}`;
  const [value, unit] =
    q.value >= 24 ? [q.value / 24, 'days'] : q.value >= 1 ? [q.value, 'hours'] : [q.value * 60, 'minutes'];
  return `${bound}${Math.round(value * 10) / 10} ${unit}`;
}

/** Two dates that cannot be the date of one event. */
export function incompatibleDates(a: DateMention[], b: DateMention[]): string | undefined {
  for (const x of a)
    for (const y of b) {
      if (x.year !== undefined && y.year !== undefined && x.year !== y.year) continue;
      const text = `${showDate(x)} vs ${showDate(y)}`;
      const [early, late] = x.month <= y.month ? [x, y] : [y, x];
      if (x.bound !== 'about' || y.bound !== 'about') {
        // "by March" (max) and "not before summer" (min): the earliest allowed is after the latest.
        const max = [x, y].find((d) => d.bound === 'max');
        const min = [x, y].find((d) => d.bound === 'min');
        if (max && min && min !== max && min.month > max.month) return text;
        continue;
      }
      if (early.month !== late.month) return text;
      if (x.day !== undefined && y.day !== undefined && x.day !== y.day) return text;
    }
  return undefined;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

function showDate(d: DateMention): string {
  const bound = d.bound === 'max' ? 'by ' : d.bound === 'min' ? 'not before ' : '';
  return `${bound}${d.day ?? ''}${d.day ? ' ' : ''}${MONTHS[d.month - 1] ?? ''}${d.year ? ` ${d.year}` : ''}`;
}
