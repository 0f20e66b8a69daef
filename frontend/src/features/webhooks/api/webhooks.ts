import { api, data, noContent, type components } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookEventType = components['schemas']['WebhookEventType'];

/** Whose endpoints: a company's (its admins) or the vendor-wide ones (back office). */
export type WebhookScope = { kind: 'company'; companyId: string } | { kind: 'vendor' };

export interface EndpointDraft {
  url: string;
  description?: string;
  eventTypes: WebhookEventType[];
}

const PAGE_SIZE = 50;

function scopeKey(scope: WebhookScope) {
  return scope.kind === 'company' ? `company:${scope.companyId}` : 'vendor';
}

export function listEndpoints(scope: WebhookScope, cursor?: string) {
  const query = { limit: PAGE_SIZE, cursor };
  return scope.kind === 'company'
    ? data(api.GET('/api/v1/companies/{companyId}/webhook-endpoints', { params: { path: { companyId: scope.companyId }, query } }))
    : data(api.GET('/api/v1/webhook-endpoints', { params: { query } }));
}

/** The scope's endpoints, newest first; null scope loads nothing. */
export function useEndpoints(scope: WebhookScope | null) {
  return usePagedList(scope && `webhooks:${scopeKey(scope)}`, (cursor) => listEndpoints(scope!, cursor));
}

export function createEndpoint(scope: WebhookScope, draft: EndpointDraft) {
  const body = { url: draft.url, description: draft.description || undefined, eventTypes: draft.eventTypes };
  return scope.kind === 'company'
    ? data(api.POST('/api/v1/companies/{companyId}/webhook-endpoints', { params: { path: { companyId: scope.companyId } }, body }))
    : data(api.POST('/api/v1/webhook-endpoints', { body }));
}

/** Enables or disables an endpoint; `*` as If-Match: the switch is what the person sees now. */
export function setEndpointEnabled(scope: WebhookScope, endpointId: string, enabled: boolean) {
  const header = { 'If-Match': '*' };
  return scope.kind === 'company'
    ? data(api.PATCH('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}', {
        params: { path: { companyId: scope.companyId, endpointId }, header },
        body: { enabled },
      }))
    : data(api.PATCH('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId }, header }, body: { enabled } }));
}

export function deleteEndpoint(scope: WebhookScope, endpointId: string) {
  return scope.kind === 'company'
    ? noContent(api.DELETE('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}', {
        params: { path: { companyId: scope.companyId, endpointId } },
      }))
    : noContent(api.DELETE('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } } }));
}

export function rotateSecret(scope: WebhookScope, endpointId: string) {
  return scope.kind === 'company'
    ? data(api.POST('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}/secret-rotation', {
        params: { path: { companyId: scope.companyId, endpointId } },
      }))
    : data(api.POST('/api/v1/webhook-endpoints/{endpointId}/secret-rotation', { params: { path: { endpointId } } }));
}

export function sendTestEvent(scope: WebhookScope, endpointId: string) {
  return scope.kind === 'company'
    ? data(api.POST('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}/test-events', {
        params: { path: { companyId: scope.companyId, endpointId } },
      }))
    : data(api.POST('/api/v1/webhook-endpoints/{endpointId}/test-events', { params: { path: { endpointId } } }));
}

export function listDeliveries(scope: WebhookScope, endpointId: string, cursor?: string) {
  const query = { limit: PAGE_SIZE, cursor };
  return scope.kind === 'company'
    ? data(api.GET('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}/deliveries', {
        params: { path: { companyId: scope.companyId, endpointId }, query },
      }))
    : data(api.GET('/api/v1/webhook-endpoints/{endpointId}/deliveries', { params: { path: { endpointId }, query } }));
}

/** An endpoint's deliveries, newest first; null endpoint loads nothing. */
export function useDeliveries(scope: WebhookScope, endpointId: string | null) {
  return usePagedList(endpointId && `webhook-deliveries:${scopeKey(scope)}:${endpointId}`, (cursor) =>
    listDeliveries(scope, endpointId!, cursor),
  );
}

export function resendDelivery(scope: WebhookScope, endpointId: string, deliveryId: string) {
  return scope.kind === 'company'
    ? data(api.POST('/api/v1/companies/{companyId}/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redelivery', {
        params: { path: { companyId: scope.companyId, endpointId, deliveryId } },
      }))
    : data(api.POST('/api/v1/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redelivery', {
        params: { path: { endpointId, deliveryId } },
      }));
}

/** Every type an endpoint can filter on, as the contract lists them. */
export const EVENT_TYPES: WebhookEventType[] = [
  'subscription.created', 'subscription.activated', 'subscription.lapsed', 'subscription.renewed', 'subscription.ended',
  'subscription.cancellation_scheduled', 'subscription.cancellation_revoked', 'subscription.admin_transferred',
  'subscription.po_number_changed', 'subscription.payment_method_changed', 'seat.assigned', 'seat.period_changed',
  'seat.revoked', 'seat.claimed', 'order.placed', 'order.paid', 'order.cancelled', 'order_item.associated',
  'order_item.claimed', 'credit.topped_up', 'credit.debited', 'contract.claimed', 'ticket.created', 'ticket.replied',
  'ticket.state_changed', 'member.joined', 'member.removed',
];
