import type { Outlet, Source } from '../../ingest/annotation-schema';
import { OUTLET_VOICE_ID } from '../pipeline/sources/source-registry';

/** The outlet's own voice as a draft source, whichever extractor drafted the statements. */
export function outletVoiceSource(outlet: Outlet): Source {
  return {
    id: OUTLET_VOICE_ID,
    kind: 'OUTLET_VOICE',
    label: outlet.nameOriginal ?? outlet.name,
    labelEn: `${outlet.name} (its own voice)`,
    basis: { spokeTo: [], audience: null, role: null, affiliation: outlet.name, conditions: null },
    mentions: [],
    sameAs: [],
  };
}
