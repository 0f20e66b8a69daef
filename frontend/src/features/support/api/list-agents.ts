import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The support agents a ticket can be assigned to (the first 100, by email). */
export function listAgents() {
  return data(api.GET('/api/v1/support-agents', { params: { query: { limit: 100 } } }));
}

export function useAgents(enabled: boolean) {
  return useResource(enabled ? 'support-agents' : null, listAgents);
}
