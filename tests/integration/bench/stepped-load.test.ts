import { FULL_LOAD_SETTINGS, runSteppedLoad } from '../../../bench/stepped-load';
import type { SteppedLoadResult } from '../../../bench/stepped-load';
import { apiMemoryTable, steppedLoadTable } from '../../../bench/stepped-load-report';
import { renderTable } from '../../../bench/table';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed } from '../../support/seed';

/**
 * A short round of the stepped load benchmark (`npm run bench:load` runs the long one): two steps
 * of two seconds per operation and API variant. It checks that every request was answered, never
 * how fast.
 */
describe('the stepped load benchmark, short round', () => {
  let graph: TestGraph;
  let result: SteppedLoadResult;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    result = await runSteppedLoad(graph.executor, graph.logger, {
      variants: FULL_LOAD_SETTINGS.variants,
      steps: [1, 4],
      seconds: 2,
      settleSeconds: 0,
      warmupRequests: 3,
    });
  }, 180_000);
  afterAll(() => graph.close());

  it('loads the floor and the contradictions page at each step of each variant, with no failed request', () => {
    expect(result.variants.map((v) => v.variant)).toEqual(['no read cache', 'read cache']);
    for (const variant of result.variants) {
      expect(variant.pairsPerPage).toBeGreaterThan(0);
      expect(variant.steps.map((s) => s.connections)).toEqual([1, 4]);
      for (const step of variant.steps) {
        for (const figure of [step.floor, step.page]) {
          // A busy machine may finish no page request within a short step; none may fail.
          expect(figure.non2xx).toBe(0);
          expect(figure.errors).toBe(0);
        }
        if (step.floor.requestsPerSecond > 0) {
          expect(step.ratio).toBeCloseTo(step.page.requestsPerSecond / step.floor.requestsPerSecond);
        }
      }
      expect(variant.steps.reduce((sum, s) => sum + s.floor.requests + s.page.requests, 0)).toBeGreaterThan(
        0,
      );
    }
  });

  it('samples the API memory before, at the peak of and after the load', () => {
    for (const { memory } of result.variants) {
      expect(memory.startMiB).toBeGreaterThan(0);
      expect(memory.peakMiB).toBeGreaterThanOrEqual(memory.startMiB);
      expect(memory.ratio).toBeCloseTo(memory.afterMiB / memory.startMiB);
    }
  });

  it('prints a row per variant, step and operation, and the memory table', () => {
    const load = renderTable(steppedLoadTable(result));
    expect(load.split('\n').filter((line) => line.includes('contradictions page'))).toHaveLength(4);
    expect(load).toMatch(/load average at the end/);
    expect(renderTable(apiMemoryTable(result))).toMatch(/read cache/);
  });
});
