import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { principalFromRequest } from '../../auth/from-request';
import type { KeyStore } from '../../auth/key-store';
import { EXPORT_ROLES, requireRole } from '../../auth/roles';
import type { GraphExecutor } from '../../graph/executor';
import { createExportHandler } from '../../export/http-route';
import { ErrorCode } from '../errors';

const STATUS: Record<string, number> = { [ErrorCode.Unauthenticated]: 401, [ErrorCode.Forbidden]: 403 };

/**
 * `GET /export?format=…&statement=…|article=…|all=true` streams an export (docs/exports.md). It is
 * an auditor's tool: it needs an API key with role auditor or admin.
 */
export function useExportRoute(
  executor: GraphExecutor,
  baseIri: string,
  keyStore?: Pick<KeyStore, 'authenticate'>,
): Plugin {
  const handle = createExportHandler(executor, baseIri);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/export') return;
      try {
        requireRole(keyStore ? principalFromRequest(request, keyStore) : null, EXPORT_ROLES);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const code = String(error.extensions.code);
        endResponse(Response.json({ error: error.message, code }, { status: STATUS[code] ?? 400 }));
        return;
      }
      endResponse(await handle(request));
    },
  };
}
