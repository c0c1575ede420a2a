/**
 * Extractors: what turns an article into a draft. The rules are the default; `model` asks a model
 * server that the user runs. Both return the same draft (a Proposal) plus the quotes they rejected.
 */
import { appVersion } from '../../config/project-root';
import type { ModelServerConfig } from '../../config/config';
import { proposeAnnotations } from '../index';
import type { ProposeInput } from '../index';
import type { Agent } from '../../ingest/annotation-schema';
import { buildModelDraft } from './build-draft';
import type { ExtractionResult } from './build-draft';
import { describeServer, ModelServerError, requestModelReply } from './client';
import { buildMessages } from './prompt';

export const EXTRACTOR_NAMES = ['rules', 'model'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

/** Anything that drafts an annotation for an article. */
export interface Extractor {
  readonly name: ExtractorName;
  extract(input: ProposeInput): Promise<ExtractionResult>;
}

/** The rule-based proposer; its quotes are anchored by construction, so it rejects none. */
export const rulesExtractor: Extractor = {
  name: 'rules',
  extract: (input) => Promise.resolve({ ...proposeAnnotations(input), rejected: [] }),
};

/** The annotator recorded for a model's draft: a TOOL naming the extractor, the model and the server. */
export function modelAgent(server: ModelServerConfig, version: string = appVersion()): Agent {
  return {
    id: 'isnad-model-extractor',
    name: `Isnad model-server extractor (model ${server.model} at ${describeServer(server.baseUrl)})`,
    kind: 'TOOL',
    version,
  };
}

/** The extractor that calls `server`; see docs/proposals.md, "A model-server extractor". */
export function createModelExtractor(server: ModelServerConfig): Extractor {
  return {
    name: 'model',
    async extract(input) {
      const outletName = input.outlet?.name ?? 'an unknown outlet';
      const reply = await requestModelReply(server, buildMessages(input.text, input.language, outletName));
      return buildModelDraft(input, reply, modelAgent(server, input.version), server.model);
    },
  };
}

/** The extractor for a name; `model` needs a configured server (ISNAD_MODEL_URL, ISNAD_MODEL_NAME). */
export function selectExtractor(name: ExtractorName, server: ModelServerConfig | undefined): Extractor {
  if (name === 'rules') return rulesExtractor;
  if (!server) {
    throw new ModelServerError(
      'the model extractor needs a model server: set ISNAD_MODEL_URL and ISNAD_MODEL_NAME',
    );
  }
  return createModelExtractor(server);
}
