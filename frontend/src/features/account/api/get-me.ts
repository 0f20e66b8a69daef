import { api, type components } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

export type Me = components['schemas']['Me'];
export type CompanyMembership = components['schemas']['CompanyMembership'];

export interface MeWithTag {
  me: Me;
  /** The ETag to send as If-Match when updating the person. */
  etag: string | null;
}

export async function getMe(): Promise<MeWithTag> {
  const { data, response } = await api.GET('/api/v1/me');
  if (!data) throw new Error('GET /me answered without a body');
  return { me: data, etag: response.headers.get('ETag') };
}

export function useMe() {
  return useResource('me', getMe);
}
