import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The signed-in person's current and coming licenses, in every company (seats assigned to their email). */
export function listMyLicenses() {
  return data(api.GET('/api/v1/me/licenses'));
}

export function useMyLicenses() {
  return useResource('my-licenses', listMyLicenses);
}
