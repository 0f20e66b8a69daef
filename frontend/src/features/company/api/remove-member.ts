import { api, noContent } from '@/lib/api';

export function removeMember(companyId: string, userId: string) {
  return noContent(
    api.DELETE('/api/v1/companies/{companyId}/members/{userId}', { params: { path: { companyId, userId } } }),
  );
}
