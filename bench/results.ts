/** What one benchmark run records: bench/out/*.json, and the source of every printed table. */
import type { IngestRun } from './ingest-bench';
import type { LoadFigure } from './load-bench';
import type { OfflineImportFigure } from './offline-import-bench';
import type { MemoryFigure } from './memory';
import type { FloorFigure, OverheadFigure, QueryFigure } from './query-bench';
import type { PlanFigure } from './query-plans';

export interface MachineInfo {
  date: string;
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  neo4j: string;
  /** 1-minute load average at the start and the end of the run. */
  loadAverage: { start: number; end: number };
  /** Share of time some task waited for a CPU (Linux PSI, avg300), at the start and end; null elsewhere. */
  cpuPressure: { start: number | null; end: number | null };
  settings: Record<string, string | number | boolean>;
}

export interface SizeResult {
  statements: number;
  ingest: IngestRun;
  /** The same corpus through `isnad import` into a database of its own (absent in older runs). */
  offlineImport?: OfflineImportFigure;
  floor: FloorFigure[];
  queries: QueryFigure[];
  overhead: OverheadFigure[];
  plans: PlanFigure[];
  load: LoadFigure[];
  memory: MemoryFigure[];
  seconds: number;
}

export interface BenchResults {
  machine: MachineInfo;
  /** The floor on the empty graph, measured before anything else in the run. */
  initialFloor: FloorFigure[];
  sizes: SizeResult[];
  seconds: number;
}
