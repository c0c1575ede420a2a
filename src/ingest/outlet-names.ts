import path from 'node:path';
import type { QueryResult } from 'neo4j-driver';
import type { CypherQuery } from '../graph/executor';
import { LOOKUP_OUTLET_NAMES } from '../graph/ingest-cypher';
import { IssueList } from './annotation-error';
import { ids } from './ids';

type Run = (query: CypherQuery) => Promise<QueryResult>;

interface OutletRow {
  id: string;
  name: string;
}

/** The stored name of each outlet id (graph ids) of `outlets` that the graph already has. */
async function storedNames(run: Run, outlets: readonly OutletRow[]): Promise<Named> {
  if (outlets.length === 0) return new Map();
  const result = await run({
    cypher: LOOKUP_OUTLET_NAMES,
    params: { ids: [...new Set(outlets.map((o) => ids.outlet(o.id)))] },
  });
  return new Map(result.records.map((r) => [r.get('id') as string, { name: r.get('name') as string }]));
}

/** Where an outlet's name was given: the graph, or an earlier file of the same batch. */
type Named = Map<string, { name: string; by?: string }>;

function checkAgainst(names: Named, outlets: readonly OutletRow[], issues: IssueList): void {
  outlets.forEach((outlet, index) => {
    const known = names.get(ids.outlet(outlet.id));
    if (known !== undefined && known.name !== outlet.name) {
      const where = known.by === undefined ? 'is already in the graph' : `is named by ${known.by}`;
      issues.add(
        `outlets[${index}].name`,
        `outlet '${outlet.id}' ${where} as '${known.name}', not '${outlet.name}'; use that name (renaming an outlet is not done by ingest)`,
      );
    }
  });
}

/**
 * An outlet is shared vocabulary, written by the first file that has it; a later file giving its
 * id another name would be ignored without a word, so it is refused at the name's field path.
 */
export async function checkOutletNames(
  run: Run,
  outlets: readonly OutletRow[],
  issues: IssueList,
): Promise<void> {
  checkAgainst(await storedNames(run, outlets), outlets, issues);
}

/**
 * The same check for a batch written in one transaction: each file against the graph and against
 * the files before it in the batch (whose outlets the batch writes first).
 * @throws AnnotationError naming the first file that renames an outlet, and the field.
 */
export async function checkBatchOutletNames(
  run: Run,
  files: readonly { file: string; outlets: readonly OutletRow[] }[],
): Promise<void> {
  const names = await storedNames(
    run,
    files.flatMap((f) => f.outlets),
  );
  for (const file of files) {
    const issues = new IssueList(file.file);
    checkAgainst(names, file.outlets, issues);
    issues.throwIfAny();
    for (const outlet of file.outlets) {
      const id = ids.outlet(outlet.id);
      if (!names.has(id))
        names.set(id, { name: outlet.name, by: `${path.basename(file.file)} (earlier in this batch)` });
    }
  }
}
