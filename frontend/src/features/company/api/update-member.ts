import { api, data } from '@/lib/api';
import type { MembershipRole } from './types';

/** Changes a member's role; the server answers 409 `/problems/last-admin` when that would leave no admin. */
export function updateMemberRole(companyId: string, userId: string, role: MembershipRole) {
  return data(
    api.PATCH('/api/v1/companies/{companyId}/members/{userId}', {
      params: { path: { companyId, userId } },
      body: { role },
    }),
  );
}
