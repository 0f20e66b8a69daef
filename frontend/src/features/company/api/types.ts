import type { components } from '@/lib/api';

export type Company = components['schemas']['Company'];
export type Member = components['schemas']['Member'];
export type MembershipRole = components['schemas']['MembershipRole'];
export type Invitation = components['schemas']['Invitation'];
export type InvitationRequest = components['schemas']['InvitationRequest'];
export type AuditEvent = components['schemas']['AuditEvent'];

export const ROLES: readonly MembershipRole[] = ['ADMIN', 'MEMBER'];
