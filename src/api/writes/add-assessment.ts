import type { Principal } from '../../auth/roles';
import { writeRecords } from '../../graph/ingest-writer';
import type { AssessmentView } from '../../graph/views';
import { agentRow, assessmentRow, toolAgent } from '../../ingest/build-records';
import { ids } from '../../ingest/ids';
import { recordsFor } from '../../ingest/records';
import type { IngestRecords } from '../../ingest/records';
import { isnadTool } from '../../ingest/tool-info';
import { canonicalJson, sha256Hex } from '../../text/hash';
import type { RequestContext } from '../context';
import { apiError, ErrorCode } from '../errors';
import type { AddAssessmentInput } from '../generated/resolvers-types';
import { agentForPrincipal } from './api-agent';
import { lockForWrite } from './lookup-for-write';

function validate(input: AddAssessmentInput): void {
  const bad = (field: string, message: string) => apiError(ErrorCode.BadUserInput, message, `input.${field}`);
  if (input.from === input.to) throw bad('to', 'an assessment cannot relate a statement to itself');
  if (!(input.confidence >= 0 && input.confidence <= 1)) throw bad('confidence', 'must be between 0 and 1');
  if (input.rationale.trim() === '') throw bad('rationale', 'must not be empty');
  const method = input.method ?? 'HUMAN';
  if (method === 'RULE' && !input.rule) throw bad('rule', 'method RULE requires the id of the rule');
  if (method !== 'RULE' && input.rule) throw bad('rule', 'rule is only allowed with method RULE');
}

/**
 * Records an agreement or contradiction between two current statements, attributed to the key
 * holder. One write transaction locks and checks the endpoints (found, current) and writes; the
 * same input again changes nothing (content-derived ids).
 */
export async function addAssessmentFromApi(
  ctx: RequestContext,
  principal: Principal,
  input: AddAssessmentInput,
): Promise<AssessmentView> {
  validate(input);
  const tool = isnadTool();
  const agent = agentRow(agentForPrincipal(principal));
  const software = toolAgent(tool);
  const method = input.method ?? 'HUMAN';
  // One transaction checks and writes: the endpoints are locked before they are read, so neither
  // can be superseded between the check and the write.
  const row = await ctx.executor.writeTransaction(async (run) => {
    const nodes = await lockForWrite(run, [
      { id: input.from, field: 'input.from', labels: ['Statement'] },
      { id: input.to, field: 'input.to', labels: ['Statement'] },
    ]);
    const from = nodes.get(input.from)!;
    const to = nodes.get(input.to)!;
    for (const [field, node] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!node.current)
        throw apiError(
          ErrorCode.Conflict,
          `statement ${node.id} was superseded; assess the current one`,
          `input.${field}`,
        );
    }
    const normalized = {
      operation: 'addAssessment',
      ...input,
      method,
      rule: input.rule ?? null,
      keyId: principal.keyId,
    };
    const inputHash = sha256Hex(canonicalJson(normalized));
    const row = assessmentRow(
      {
        id: `api-${inputHash.slice(0, 16)}`,
        relation: input.relation,
        from: { article: from.articleSlug, id: from.localId, local: false },
        to: { article: to.articleSlug, id: to.localId, local: false },
        rationale: input.rationale,
        confidence: input.confidence,
        method,
        rule: input.rule ?? null,
        assertedBy: agentForPrincipal(principal),
      },
      from.id,
      to.id,
      agent.id,
      from.articleSlug,
      null,
    );
    const records: IngestRecords = {
      ...recordsFor(
        {
          id: ids.activity(inputHash, tool.version, agent.id),
          type: 'API_ASSESSMENT',
          tool: tool.name,
          toolVersion: tool.version,
          inputHash,
          file: null,
          annotatedAt: new Date().toISOString(),
          annotatorId: agent.id,
          toolAgentId: software.id,
          articleId: from.articleId,
        },
        [agent, software],
      ),
      assessments: [row],
    };
    await writeRecords(run, records);
    return row;
  });
  const view = await ctx.loaders.assessment.load(row.id);
  if (view === null) throw new Error(`assessment ${row.id} was written but cannot be read back`);
  return view;
}
