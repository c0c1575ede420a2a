import { chunked, resolvedCorpus } from './bench/corpus-stream';
import { GraphCsv } from './src/bulk-import/graph-csv';
import { buildRecordsInOrder } from './src/ingest/ingest-batch';
import { inputHashOf } from './src/ingest/ingest-service';
import { isnadTool } from './src/ingest/tool-info';
import fs from 'node:fs';
async function main() {
  const batches = [...chunked(resolvedCorpus(Number(process.argv[2] ?? 20000)), 500)];
  fs.rmSync('/tmp/csvprof', { recursive: true, force: true }); fs.mkdirSync('/tmp/csvprof');
  const csv = new GraphCsv('/tmp/csvprof', new Date().toISOString());
  const known = new Map();
  let tHash = 0, tBuild = 0, tCsv = 0;
  for (const files of batches) {
    let t = performance.now();
    const hashes = new Map(files.map((f) => [f, inputHashOf(f)] as const));
    tHash += performance.now() - t; t = performance.now();
    const recs = await buildRecordsInOrder(files, { hashes, tool: isnadTool(), known, lookupOutside: async () => new Map() });
    tBuild += performance.now() - t; t = performance.now();
    for (const r of recs) csv.add(r);
    tCsv += performance.now() - t;
  }
  csv.close();
  console.log({ tHash, tBuild, tCsv });
}
main();
