import DataLoader from 'dataloader';
import type { GraphExecutor } from '../graph/executor';
import { ASSESSMENTS_BY_ID } from '../graph/queries/assessments';
import type { CountLabel, LookupLabel } from '../graph/queries/lookups';
import { LOOKUP_BY_LABEL, statementCountQuery } from '../graph/queries/lookups';
import { RETRIEVALS_BY_ARTICLE } from '../graph/queries/retrievals';
import { STATEMENT_OWNERS_BY_ID, STATEMENTS_BY_ID } from '../graph/queries/statements';
import { TRANSMISSION_BY_STATEMENT } from '../graph/queries/transmission';
import type {
  AssessmentView,
  RetrievalView,
  StatementOwnersView,
  StatementView,
  TransmissionRowView,
} from '../graph/views';
import type { RetrievalModel } from './models';
import { transmissionLimits } from './services/transmission';

/**
 * Per-request batch loaders: every field that needs more than its parent holds (an article's
 * text, a count, a node by id) is collected across the whole response level and fetched in one
 * query, so a request costs a bounded number of round trips whatever the page size.
 */
export interface Loaders {
  node(label: LookupLabel): DataLoader<string, unknown>;
  statement: DataLoader<string, StatementView | null>;
  /** The owners behind a statement, for sourcing strength. */
  statementOwners: DataLoader<string, StatementOwnersView>;
  assessment: DataLoader<string, AssessmentView | null>;
  statementCount(label: CountLabel): DataLoader<string, number>;
  /** An article's RETRIEVAL activities, newest first. */
  retrievals: DataLoader<string, RetrievalModel[]>;
  /** A statement's chain of transmission, cut to `size` nodes (services/transmission.ts). */
  transmission(size: number): DataLoader<string, TransmissionRowView | null>;
}

function keyed<T>(ids: readonly string[], rows: { id: string; value: T }[], missing: T): T[] {
  const found = new Map(rows.map((r) => [r.id, r.value]));
  return ids.map((id) => (found.has(id) ? found.get(id)! : missing));
}

export function createLoaders(executor: GraphExecutor): Loaders {
  const nodeLoaders = new Map<LookupLabel, DataLoader<string, unknown>>();
  const countLoaders = new Map<CountLabel, DataLoader<string, number>>();
  const transmissionLoaders = new Map<number, DataLoader<string, TransmissionRowView | null>>();
  return {
    node(label) {
      let loader = nodeLoaders.get(label);
      if (loader === undefined) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const rows = await executor.read<{ id: string; node: unknown }>({
            cypher: LOOKUP_BY_LABEL[label],
            params: { ids },
          });
          return keyed(
            ids,
            rows.map((r) => ({ id: r.id, value: r.node })),
            null,
          );
        });
        nodeLoaders.set(label, loader);
      }
      return loader;
    },
    statement: new DataLoader(async (ids: readonly string[]) => {
      const rows = await executor.read<{ statement: StatementView }>({
        cypher: STATEMENTS_BY_ID,
        params: { ids },
      });
      return keyed(
        ids,
        rows.map((r) => ({ id: r.statement.id, value: r.statement })),
        null,
      );
    }),
    statementOwners: new DataLoader(async (ids: readonly string[]) => {
      const rows = await executor.read<{ id: string; owners: StatementOwnersView }>({
        cypher: STATEMENT_OWNERS_BY_ID,
        params: { ids },
      });
      return keyed(
        ids,
        rows.map((r) => ({ id: r.id, value: r.owners })),
        { carrying: [], corroborating: [] },
      );
    }),
    assessment: new DataLoader(async (ids: readonly string[]) => {
      const rows = await executor.read<{ assessment: AssessmentView }>({
        cypher: ASSESSMENTS_BY_ID,
        params: { ids },
      });
      return keyed(
        ids,
        rows.map((r) => ({ id: r.assessment.id, value: r.assessment })),
        null,
      );
    }),
    retrievals: new DataLoader(async (ids: readonly string[]) => {
      const rows = await executor.read<{ id: string; retrievals: RetrievalView[] }>({
        cypher: RETRIEVALS_BY_ARTICLE,
        params: { ids },
      });
      return keyed(
        ids,
        rows.map((r) => ({
          id: r.id,
          value: r.retrievals.map((v) => ({
            ...v,
            redirects: JSON.parse(v.redirects) as RetrievalModel['redirects'],
          })),
        })),
        [],
      );
    }),
    transmission(size) {
      let loader = transmissionLoaders.get(size);
      if (loader === undefined) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const rows = await executor.read<{ id: string; transmission: TransmissionRowView }>({
            cypher: TRANSMISSION_BY_STATEMENT,
            params: { ids, ...transmissionLimits(size) },
          });
          return keyed(
            ids,
            rows.map((r) => ({ id: r.id, value: r.transmission })),
            null,
          );
        });
        transmissionLoaders.set(size, loader);
      }
      return loader;
    },
    statementCount(label) {
      let loader = countLoaders.get(label);
      if (loader === undefined) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const rows = await executor.read<{ id: string; count: number }>({
            cypher: statementCountQuery(label),
            params: { ids },
          });
          return keyed(
            ids,
            rows.map((r) => ({ id: r.id, value: r.count })),
            0,
          );
        });
        countLoaders.set(label, loader);
      }
      return loader;
    },
  };
}
