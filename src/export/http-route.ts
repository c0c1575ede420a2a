/**
 * The HTTP face of `isnad export`, for mounting in the API server:
 *
 *   GET /export?format=nquads&statement=<id or slug#local-id>
 *   GET /export?format=turtle&article=<id or slug>
 *   GET /export?format=prov-jsonld&all=true
 *   GET /export?format=prov-jsonld&article=<id or slug>&inlineContext=true
 *
 * One statement or article is rendered first, so that a bad request gets its status (400, 404)
 * instead of a broken body; `all=true` streams page by page as it is read from the graph. JSON-LD
 * names its context by URL (ours is served by the API under the base IRI, see contexts-route.ts)
 * unless `inlineContext=true`.
 */
import { PassThrough, Readable } from 'node:stream';
import type { GraphExecutor } from '../graph/executor';
import { exportTo } from './export-service';
import { EXPORT_FORMATS, isExportFormat } from './format';
import type { ExportFormat } from './format';
import { DATA_FILE, MEDIA_TYPE } from './formats';
import { ExportScopeError } from './scope';
import type { ExportScope } from './scope';

const json = (status: number, error: string): Response =>
  new Response(JSON.stringify({ error }), { status, headers: { 'content-type': 'application/json' } });

interface ExportQuery {
  format: ExportFormat;
  scope: ExportScope;
  inlineContext: boolean;
}

function parseQuery(url: URL): ExportQuery | string {
  const format = url.searchParams.get('format') ?? '';
  if (!isExportFormat(format)) return `format must be one of ${EXPORT_FORMATS.join(', ')}`;
  const inline = url.searchParams.get('inlineContext') ?? 'false';
  if (inline !== 'true' && inline !== 'false') return 'inlineContext must be true or false';
  const inlineContext = inline === 'true';
  const statement = url.searchParams.get('statement');
  const article = url.searchParams.get('article');
  const all = url.searchParams.get('all') === 'true';
  const given = [statement !== null, article !== null, all].filter(Boolean).length;
  if (given !== 1) return 'give exactly one of statement=ID, article=ID or all=true';
  if (statement !== null) return { format, scope: { kind: 'statement', ref: statement }, inlineContext };
  if (article !== null) return { format, scope: { kind: 'article', ref: article }, inlineContext };
  return { format, scope: { kind: 'all' }, inlineContext };
}

/**
 * A fetch-style handler (`Request` → `Response`) serving exports from `executor`'s graph, with
 * URLs (contexts, review pages) under `baseIri`.
 */
export function createExportHandler(
  executor: GraphExecutor,
  baseIri: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return json(405, 'use GET');
    const parsed = parseQuery(new URL(request.url));
    if (typeof parsed === 'string') return json(400, parsed);
    const { scope } = parsed;
    const options = { format: parsed.format, scope, baseIri, inlineContext: parsed.inlineContext };
    const format = parsed.format;
    const headers = {
      'content-type': MEDIA_TYPE[format],
      'content-disposition': `attachment; filename="${DATA_FILE[format]}"`,
    };
    const graph = executor.forRequest();
    const body = new PassThrough();
    if (scope.kind !== 'all') {
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      try {
        const result = await exportTo(graph, body, options);
        return new Response(Buffer.concat(chunks), {
          headers: {
            ...headers,
            'x-isnad-root-hash': result.rootHash,
            'x-isnad-items': String(result.itemCount),
          },
        });
      } catch (error) {
        if (error instanceof ExportScopeError) return json(404, error.message);
        throw error;
      }
    }
    exportTo(graph, body, options).then(
      () => body.end(),
      (error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { headers });
  };
}
