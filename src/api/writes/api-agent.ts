import type { Principal } from '../../auth/roles';
import type { Agent } from '../../ingest/annotation-schema';

/** The agent an API write is recorded under: the key holder, by key id and name, nothing invented. */
export function agentForPrincipal(principal: Principal): Agent {
  return {
    id: `api-key-${principal.keyId}`,
    name: principal.name ? `API key ${principal.keyId} (${principal.name})` : `API key ${principal.keyId}`,
    kind: 'API_KEY',
  };
}
