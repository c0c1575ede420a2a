import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../../../src/api/create-yoga';
import { warmUpReads } from '../../../src/app/warm-up';
import { KeyStore } from '../../../src/auth/key-store';
import type { Logger } from '../../../src/logging/logger';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ingestSeed } from '../../support/seed';

/** A logger that keeps what was logged at info and warn. */
function recordingLogger(base: Logger): { logger: Logger; info: unknown[][]; warn: unknown[][] } {
  const info: unknown[][] = [];
  const warn: unknown[][] = [];
  const logger = Object.assign(Object.create(base) as Logger, {
    info: (...args: unknown[]) => void info.push(args),
    warn: (...args: unknown[]) => void warn.push(args),
  });
  return { logger, info, warn };
}

describe('the warm-up at start: the main reads run once, so the first client request is not the slow one', () => {
  let graph: TestGraph;
  let keyStore: KeyStore;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    keyStore = new KeyStore({
      file: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-keys-')), 'keys.json'),
    });
  });
  afterAll(() => graph.close());

  it('answers every warm-up read against the current schema and logs how long it took', async () => {
    const { logger, info, warn } = recordingLogger(graph.logger);
    await warmUpReads(createApi({ executor: graph.executor, logger, keyStore }), logger);
    expect(warn).toEqual([]);
    expect(info).toContainEqual([{ ms: expect.any(Number) }, 'query plans warmed']);
  });

  it('reports a failure instead of throwing (reads behind a key, asked without one)', async () => {
    const { logger, info, warn } = recordingLogger(graph.logger);
    const closed = createApi({ executor: graph.executor, logger, keyStore, readAccess: 'key' });
    await expect(warmUpReads(closed, logger)).resolves.toBeUndefined();
    expect(info).toEqual([]);
    expect(warn[0]?.[1]).toBe('warm-up failed');
  });
});
