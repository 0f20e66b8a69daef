import { api, noContent } from '@/lib/api';

export function revokeInvitation(companyId: string, invitationId: string) {
  return noContent(
    api.DELETE('/api/v1/companies/{companyId}/invitations/{invitationId}', {
      params: { path: { companyId, invitationId } },
    }),
  );
}
