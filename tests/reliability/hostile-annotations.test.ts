import fc from 'fast-check';
import {
  hostileCaseArb,
  openHostileWorkspace,
  refusalProblems,
  runHostileCase,
  silentChanges,
} from './support/hostile-annotation-case';
import type { HostileWorkspace } from './support/hostile-annotation-case';
import { budgetMs, propertySeed, hostileAnnotations, report } from './support/rounds';

const SEED = propertySeed();
const RUNS = hostileAnnotations();

let ws: HostileWorkspace;
beforeAll(() => {
  ws = openHostileWorkspace();
});
afterAll(() => ws?.remove());

describe('hostile annotation files (random mutations of the seed files, fast-check)', () => {
  it(
    `${RUNS} mutated files: 0 crashes, every refusal names file and field, no accepted value changed`,
    () => {
      const tally = { refused: 0, accepted: 0, crashes: 0, badRefusals: 0, silentChanges: 0 };
      const fields = new Map<string, number>();
      const started = Date.now();
      fc.assert(
        fc.property(hostileCaseArb(ws.bases.length), (c) => {
          const outcome = runHostileCase(ws, c);
          const seen = tally.refused + tally.accepted + 1;
          if (seen % 500 === 0)
            report('hostile-annotations progress', { ...tally, ms: Date.now() - started });
          if (outcome.kind === 'crashed') {
            tally.crashes++;
            throw new Error(`crashed: ${String((outcome.error as Error)?.stack ?? outcome.error)}`);
          }
          if (outcome.kind === 'refused') {
            tally.refused++;
            const head = outcome.error.path.replace(/\[\d+\].*$|\..*$/, '');
            fields.set(head, (fields.get(head) ?? 0) + 1);
            const problems = refusalProblems(outcome);
            if (problems.length > 0) tally.badRefusals++;
            expect(problems).toEqual([]);
            return;
          }
          tally.accepted++;
          const changes = silentChanges(outcome);
          if (changes.length > 0) tally.silentChanges++;
          expect(changes).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      report('hostile-annotations', {
        seed: SEED,
        files: RUNS,
        ...tally,
        refusedAt: [...fields.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, v]) => `${k}:${v}`)
          .join(','),
        ms: Date.now() - started,
      });
      expect(tally.crashes).toBe(0);
      // The generator must reach both outcomes, or the check proves nothing.
      expect(tally.refused).toBeGreaterThan(0);
      expect(tally.accepted).toBeGreaterThan(0);
    },
    budgetMs(RUNS, 200, 60_000),
  );
});
