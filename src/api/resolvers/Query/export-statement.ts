import { EXPORT_ROLES, requireRole } from '../../../auth/roles';
import { loadConfig } from '../../../config/config';
import type { ExportFormat } from '../../../export/format';
import { ExportScopeError } from '../../../export/scope';
import { exportStatementVerified } from '../../../export/verified-export';
import { ErrorCode, apiError } from '../../errors';
import type { ExportFormat as ApiExportFormat, QueryResolvers } from '../../generated/resolvers-types';

const FORMAT: Record<ApiExportFormat, ExportFormat> = {
  PROV_JSONLD: 'prov-jsonld',
  TURTLE: 'turtle',
  NQUADS: 'nquads',
  CLAIMREVIEW: 'claimreview',
  WEB_ANNOTATION: 'web-annotation',
};

export const exportStatement: NonNullable<QueryResolvers['exportStatement']> = async (
  _parent,
  { id, format },
  ctx,
) => {
  requireRole(ctx.principal, EXPORT_ROLES);
  try {
    const baseIri = ctx.exportBaseIri ?? loadConfig({}).export.baseIri;
    const result = await exportStatementVerified(ctx.executor, id, FORMAT[format], baseIri);
    return { ...result, format };
  } catch (error) {
    if (error instanceof ExportScopeError) throw apiError(ErrorCode.NotFound, error.message, 'id');
    throw error;
  }
};
