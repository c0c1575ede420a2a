import type { LookupLabel } from '../../graph/queries/lookups';
import type { RequestContext } from '../context';

/** The GraphQL type of a node, read from its id's prefix (ids are content-derived and typed). */
const TYPE_BY_PREFIX: [string, string][] = [
  ['st_', 'Statement'],
  ['as_', 'Assessment'],
  ['art_', 'Article'],
  ['src_', 'Source'],
  ['gl_', 'Gloss'],
  ['act_', 'Activity'],
  ['outlet:', 'Outlet'],
  ['owner:', 'Owner'],
  ['topic:', 'Topic'],
  ['entity:', 'Entity'],
  ['agent:', 'Agent'],
];

export function typeOfId(id: string): string | null {
  return TYPE_BY_PREFIX.find(([prefix]) => id.startsWith(prefix))?.[1] ?? null;
}

/** Any node by id, or null; batched with other lookups of the same response level. */
export async function nodeById({ loaders }: RequestContext, id: string): Promise<{ id: string } | null> {
  const type = typeOfId(id);
  if (type === null) return null;
  if (type === 'Statement') return loaders.statement.load(id);
  if (type === 'Assessment') return loaders.assessment.load(id);
  return (await loaders.node(type as LookupLabel).load(id)) as { id: string } | null;
}
