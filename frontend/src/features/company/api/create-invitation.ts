import { api, data } from '@/lib/api';
import type { InvitationRequest } from './types';

function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Invites someone by email. One key per submit, so a retried request never invites twice. */
export function createInvitation(companyId: string, request: InvitationRequest) {
  return data(
    api.POST('/api/v1/companies/{companyId}/invitations', {
      params: { path: { companyId } },
      body: request,
      headers: { 'Idempotency-Key': newIdempotencyKey() },
    }),
  );
}
