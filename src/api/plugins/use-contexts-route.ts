import type { Plugin } from 'graphql-yoga';
import { PROV_CONTEXT_PATH } from '../../export/contexts';
import { PROV_CONTEXT_URL, shippedContext } from '../../export/document-loader';

/**
 * `GET /contexts/prov-v1.jsonld`: the JSON-LD context that PROV-O exports name when they do not
 * carry it inline (`<ISNAD_BASE_IRI>contexts/prov-v1.jsonld`). Public (a context is no data) and
 * readable from any origin, so that JSON-LD processors and playgrounds can load it.
 */
export function useContextsRoute(): Plugin {
  const body = `${JSON.stringify(shippedContext(PROV_CONTEXT_URL), null, 2)}\n`;
  return {
    onRequest({ url, request, endResponse }) {
      if (url.pathname !== `/${PROV_CONTEXT_PATH}`) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(Response.json({ error: 'use GET' }, { status: 405 }));
        return;
      }
      endResponse(
        new Response(request.method === 'HEAD' ? null : body, {
          headers: {
            'content-type': 'application/ld+json; charset=utf-8',
            'access-control-allow-origin': '*',
            'cache-control': 'public, max-age=86400',
          },
        }),
      );
    },
  };
}
