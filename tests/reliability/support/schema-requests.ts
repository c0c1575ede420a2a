import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';

/** Raw material for one request; the schema walk draws from it (so fast-check can shrink it). */
export interface RequestSeed {
  seed: number;
  strings: string[];
  ints: number[];
  transport: 'post' | 'get' | 'corrupt-body' | 'other-content-type';
  corruptAt: number;
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    '*',
    '"',
    '\\',
    '~',
    'AND OR NOT',
    '((((',
    ') RETURN 1 //',
    "' OR 1=1 --",
    '${x}',
    '\u0000',
    '\uD800',
    'لا تغييرات لدينا',
    'statement:does-not-exist',
    'article:x',
    'x'.repeat(2000),
    'a '.repeat(600),
  ),
);

export const requestSeedArb: fc.Arbitrary<RequestSeed> = fc.record({
  seed: fc.integer(),
  strings: fc.array(hostileString, { minLength: 6, maxLength: 6 }),
  ints: fc.array(
    fc.oneof(fc.integer({ min: -5, max: 150 }), fc.constantFrom(0, -1, 101, 2 ** 31, 2 ** 53, 1e300)),
    { minLength: 6, maxLength: 6 },
  ),
  transport: fc.constantFrom(
    ...([
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'get',
      'corrupt-body',
      'other-content-type',
    ] as const),
  ),
  corruptAt: fc.nat(),
});

/** A small deterministic PRNG (mulberry32), so one seed always builds the same request. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BuiltRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** Builds a GraphQL request from the SDL: real fields, arguments of the right (or wrong) type, variables. */
export function buildRequest(schema: GraphQLSchema, s: RequestSeed): BuiltRequest {
  const rnd = prng(s.seed);
  const chance = (p: number): boolean => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const str = (): string => pick(s.strings);
  const int = (): number => pick(s.ints);
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];

  const typeString = (t: GraphQLInputType): string => t.toString();

  const jsonValue = (t: GraphQLInputType, depth: number): unknown => {
    if (chance(0.08)) return pick<unknown>([str(), int(), true, null, [], {}]);
    if (isNonNullType(t)) return jsonValue(t.ofType, depth);
    if (isListType(t))
      return Array.from({ length: Math.floor(rnd() * 3) }, () => jsonValue(t.ofType, depth + 1));
    const named = getNamedType(t);
    if (isEnumType(named)) return chance(0.9) ? pick(named.getValues()).name : str();
    if (isInputObjectType(named)) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const f of Object.values(named.getFields())) {
        if (isNonNullType(f.type) || chance(0.4)) out[f.name] = jsonValue(f.type, depth + 1);
      }
      return out;
    }
    switch (named.name) {
      case 'Int':
        return int();
      case 'Float':
        return chance(0.5) ? int() / 7 : int();
      case 'Boolean':
        return chance(0.5);
      default:
        return str();
    }
  };

  const literal = (t: GraphQLInputType, depth: number): string => {
    if (chance(0.05)) return pick(['null', '1', '"x"', 'true', '[]', '{}', 'NOT_AN_ENUM']);
    if (isNonNullType(t)) return literal(t.ofType, depth);
    if (isListType(t))
      return `[${Array.from({ length: Math.floor(rnd() * 3) }, () => literal(t.ofType, depth + 1)).join(', ')}]`;
    const named = getNamedType(t);
    if (isEnumType(named)) return chance(0.9) ? pick(named.getValues()).name : 'BOGUS';
    if (isInputObjectType(named)) {
      if (depth > 3) return '{}';
      const parts = Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type) || chance(0.4))
        .map((f) => `${f.name}: ${literal(f.type, depth + 1)}`);
      return `{ ${parts.join(', ')} }`;
    }
    const v = jsonValue(named as GraphQLInputType, depth);
    return typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' ? String(v) : JSON.stringify(v);
  };

  const args = (field: GraphQLField<unknown, unknown>): string => {
    const parts: string[] = [];
    for (const a of field.args) {
      if (!isNonNullType(a.type) && !chance(0.5)) continue;
      if (chance(0.35)) {
        const name = `v${declarations.length}`;
        declarations.push(`$${name}: ${chance(0.9) ? typeString(a.type) : 'String'}`);
        if (!chance(0.05)) variables[name] = jsonValue(a.type, 0);
        parts.push(`${a.name}: $${name}`);
      } else parts.push(`${a.name}: ${literal(a.type, 0)}`);
    }
    if (chance(0.03)) parts.push('noSuchArgument: 1');
    return parts.length ? `(${parts.join(', ')})` : '';
  };

  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isLeafType(type)) return '';
    if (isUnionType(type)) {
      return `{ __typename ${type
        .getTypes()
        .filter(() => chance(0.5))
        .map((t) => `... on ${t.name} ${selection(t, depth + 1)}`)
        .join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => chance(depth > 4 ? 0.1 : 0.3));
    const parts = (chosen.length ? chosen : [pick(fields)]).slice(0, 6).map((f) => {
      const inner = getNamedType(f.type);
      if (depth > 5 && !isLeafType(inner)) return '__typename';
      const alias = chance(0.1) ? `a${Math.floor(rnd() * 1000)}: ` : '';
      const directive = chance(0.04)
        ? pick([' @include(if: false)', ' @skip(if: true)', ' @deprecated'])
        : '';
      return `${alias}${f.name}${args(f)}${directive} ${selection(inner, depth + 1)}`;
    });
    if (chance(0.2)) parts.push('__typename');
    if (chance(0.02)) parts.push('noSuchField');
    return `{ ${parts.join(' ')} }`;
  };

  const kind = rnd();
  const rootType = kind < 0.86 ? schema.getQueryType() : kind < 0.96 ? schema.getMutationType() : null;
  let body: string;
  if (rootType) {
    const roots = Object.values(rootType.getFields());
    const count = 1 + Math.floor(rnd() * 3);
    const parts = Array.from({ length: count }, (_, i) => {
      const f = pick(roots);
      return `r${i}: ${f.name}${args(f)} ${selection(getNamedType(f.type), 1)}`;
    });
    if (chance(0.03)) parts.push('__schema { types { name fields { name } } }');
    body = `{ ${parts.join(' ')} }`;
  } else body = '{ health { __typename } }';
  const op = rootType === schema.getQueryType() ? 'query' : rootType ? 'mutation' : 'subscription';
  const name = chance(0.3) ? 'Probe' : '';
  const vars = declarations.length ? `(${declarations.join(', ')})` : '';
  let query = `${op} ${name}${vars} ${body}`;
  if (chance(0.05)) query += ' query Other { __typename }';
  if (chance(0.05)) query = query.slice(0, Math.floor(rnd() * query.length)); // a truncated document
  return {
    query,
    variables,
    ...(chance(0.15) ? { operationName: pick(['Probe', 'Other', 'Missing', '']) } : {}),
  };
}

/** What must never reach a client: database codes, Cypher, stack frames, file paths. */
const LEAKS: [string, RegExp][] = [
  ['neo4j-code', /Neo\.(ClientError|TransientError|DatabaseError)/],
  [
    'cypher',
    /\b(MATCH|MERGE|UNWIND|OPTIONAL MATCH|DETACH DELETE)\s*\(|\bCALL\s*\{|\bRETURN\s+[a-z]+\s*(AS|,)/,
  ],
  ['stack-frame', /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|\n\s+at /],
  ['path', /\/(work|home|tmp|usr|opt|root)\/|node_modules|\b(src|dist)\/[\w/-]+\.(t|j)s\b/],
  ['driver', /neo4j-driver|Neo4jError|ServiceUnavailable|SessionExpired|TooManyClauses|org\.apache|java\./],
];

/** The kinds of leak in a response body that are not merely the request echoed back. */
export function leaksIn(responseBody: string, requestBody: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of LEAKS) {
    const match = pattern.exec(responseBody);
    if (match && !requestBody.includes(match[0])) found.push(`${kind}: ${match[0]}`);
  }
  return found;
}
