/** Stops the run's Neo4j (and removes its temporary data directory). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ISNAD_TEST_STOP__?.();
}
