import { chunked, resolvedCorpus } from './bench/corpus-stream';
import { offlineImport } from './src/bulk-import/offline-import';
import { loadConfig } from './src/config/config';
import { isnadTool } from './src/ingest/tool-info';
import { createLogger } from './src/logging/logger';
async function main() {
  const n = Number(process.argv[2] ?? 2000);
  const config = loadConfig({ ...process.env, ISNAD_NEO4J_DATA: process.argv[3] ?? '/tmp/oi/data', ISNAD_NEO4J_PORT: '7703', NEO4J_PASSWORD: 'isnad-local-dev' });
  const r = await offlineImport(chunked(resolvedCorpus(n), 500), { root: process.cwd(), config, tool: isnadTool(), logger: createLogger('info'), onProgress: (m) => console.error(m) });
  console.log(JSON.stringify(r, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
