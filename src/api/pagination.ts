import { ApiLimits } from './limits';
import { apiError, ErrorCode } from './errors';
import type { ConnectionModel } from './models';

/** Validates `first`: 1..100, default 20 (the SDL default). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? ApiLimits.defaultPageSize;
  if (!Number.isInteger(size) || size < 1 || size > ApiLimits.maxPageSize) {
    throw apiError(
      ErrorCode.BadUserInput,
      `first must be between 1 and ${ApiLimits.maxPageSize}, got ${size}`,
      'first',
    );
  }
  return size;
}

/**
 * Cursors are opaque to clients: base64url of a key (an id, an offset for ranked lists, or a
 * span start and an id for statements in text order).
 */
export const encodeCursor = (key: string | number | readonly [number, string]): string =>
  Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');

function decode(cursor: string): unknown {
  try {
    return (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k?: unknown }).k;
  } catch {
    return undefined;
  }
}

export function decodeIdCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const key = decode(cursor);
  if (typeof key !== 'string') throw apiError(ErrorCode.BadUserInput, 'after is not a valid cursor', 'after');
  return key;
}

/** A cursor of a list in text order: the span start and id of the last statement seen. */
export function decodeSpanCursor(cursor: string | null | undefined): { start: number; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  const key = decode(cursor);
  if (
    !Array.isArray(key) ||
    key.length !== 2 ||
    !Number.isInteger(key[0]) ||
    (key[0] as number) < 0 ||
    typeof key[1] !== 'string'
  ) {
    throw apiError(ErrorCode.BadUserInput, 'after is not a valid cursor', 'after');
  }
  return { start: key[0] as number, id: key[1] };
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const key = decode(cursor);
  if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) {
    throw apiError(ErrorCode.BadUserInput, 'after is not a valid cursor', 'after');
  }
  return key;
}

/**
 * Builds a connection from `size + 1` fetched rows (the extra row only tells whether another
 * page follows). `keyOf` gives each node's cursor key.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  keyOf: (node: T, index: number) => string | number | readonly [number, string],
  hadCursor: boolean,
  totalCount: () => Promise<number>,
): ConnectionModel<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(keyOf(node, i)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
