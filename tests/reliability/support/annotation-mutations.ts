import fc from 'fast-check';

/** A path into a parsed annotation: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** Every path in `value`, the root included (depth-first). */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** Every leaf (string, number, boolean, null) with its path. */
export function leavesOf(value: unknown, prefix: JsonPath = []): [JsonPath, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...prefix, k]));
  }
  return [[prefix, value]];
}

export function getAt(value: unknown, path: JsonPath): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** Characters that hostile text is made of: marks, harakat, joiners, bidi controls, NUL, emoji. */
const TRICKY = [
  '\u0301',
  '\u064E',
  '\u0651',
  '\u0670',
  '\u200D',
  '\u200C',
  '\u202E',
  '\u2066',
  '\u0000',
  '\uFEFF',
  '\u{1F1EE}\u{1F1F6}',
  '\u{1F469}\u200D\u{1F52C}',
  'é',
  'ﻻ',
  '\r\n',
  '\t',
  ' ',
  ': ',
  '#',
  '&a',
  '*a',
  "'",
  '"',
  '\\',
  '\uD800',
  '\uDC00',
  '\u00A0',
  'ي',
  'ى',
  'ك',
  'ک',
];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...TRICKY),
);

/** Any replacement value, of any JSON type. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer({ min: -3, max: 100_000 }),
  fc.constantFrom(0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One change to a parsed annotation, picked against its paths when applied. */
export type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'edit-string'; pick: number; at: number; insert: string; cut: number }
  | { op: 'nudge-number'; pick: number; by: number }
  | { op: 'duplicate'; pick: number }
  | { op: 'add-key'; pick: number; key: string; value: unknown }
  | { op: 'edit-free-text'; pick: number; at: number; insert: string; cut: number };

/** Fields of free text, where an edit can stay valid: what an accepted file must keep exactly. */
const FREE_TEXT_KEYS = new Set([
  'label',
  'labelEn',
  'labelAr',
  'name',
  'rationale',
  'text',
  'role',
  'affiliation',
]);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('edit-free-text' as const),
      pick: fc.nat(),
      at: fc.nat(),
      insert: text,
      cut: fc.nat({ max: 2 }),
    }),
  },
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: anyValue }),
  fc.record({
    op: fc.constant('edit-string' as const),
    pick: fc.nat(),
    at: fc.nat(),
    insert: fc.oneof(text, fc.constant('')),
    cut: fc.nat({ max: 3 }),
  }),
  fc.record({
    op: fc.constant('nudge-number' as const),
    pick: fc.nat(),
    by: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('add-key' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', 'kind', '__proto__', 'constructor')),
    value: anyValue,
  }),
);

/** Raw edits of the serialised file: the parser's own input. */
export interface ByteEdit {
  at: number;
  cut: number;
  insert: number[];
}
export const byteEditArb: fc.Arbitrary<ByteEdit> = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 8 }),
  insert: fc.array(
    fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 127 }) }, fc.integer({ min: 128, max: 255 })),
    { maxLength: 6 },
  ),
});

/** Applies one mutation in place on a deep copy; returns the copy. */
export function applyMutation(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  if (m.op === 'edit-free-text') {
    const free = pathsOf(copy).filter((p) => {
      const last = p[p.length - 1];
      return typeof last === 'string' && FREE_TEXT_KEYS.has(last) && typeof getAt(copy, p) === 'string';
    });
    if (free.length === 0) return copy;
    const all = pathsOf(copy).filter((p) => p.length > 0);
    const target = free[m.pick % free.length]!;
    const pick = all.findIndex((p) => p.join('\u0000') === target.join('\u0000'));
    return applyMutation(copy, { ...m, op: 'edit-string', pick });
  }
  const paths = pathsOf(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return copy;
  const path = paths[m.pick % paths.length]!;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  const current = (parent as Record<string | number, unknown>)[key];
  const set = (v: unknown): void => void ((parent as Record<string | number, unknown>)[key] = v);
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key];
      break;
    case 'replace':
      set(structuredClone(m.value));
      break;
    case 'edit-string': {
      if (typeof current !== 'string')
        return applyMutation(copy, { op: 'replace', pick: m.pick, value: m.insert });
      const chars = [...current];
      const at = chars.length === 0 ? 0 : m.at % (chars.length + 1);
      chars.splice(at, m.cut, m.insert);
      set(chars.join(''));
      break;
    }
    case 'nudge-number':
      set(typeof current === 'number' ? current + m.by : m.by);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else set([current, current]);
      break;
    case 'add-key':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else set({ [m.key]: m.value });
      break;
  }
  return copy;
}

export function applyByteEdit(bytes: Buffer, edit: ByteEdit): Buffer {
  const at = edit.at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(edit.insert), bytes.subarray(at + edit.cut)]);
}
