import type { components } from '@/lib/api';

export type Subscription = components['schemas']['Subscription'];
export type SubscriptionStatus = components['schemas']['SubscriptionStatus'];
export type SubscriptionActions = components['schemas']['SubscriptionActions'];
export type SubscriptionAdmin = components['schemas']['SubscriptionAdmin'];
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type Agreement = components['schemas']['Agreement'];
export type AcceptedAgreement = components['schemas']['AcceptedAgreement'];
export type ActivationRequest = components['schemas']['ActivationRequest'];
export type PoNumberEntry = components['schemas']['PoNumberEntry'];
export type PaymentMethodType = components['schemas']['PaymentMethodType'];
export type PaymentMethodChange = components['schemas']['PaymentMethodChange'];
export type Invoice = components['schemas']['Invoice'];
export type Money = components['schemas']['Money'];
export type Member = components['schemas']['Member'];

/** Every status, in lifecycle order (for the filter and the badge translations). */
export const STATUSES: readonly SubscriptionStatus[] = ['PENDING_ACTIVATION', 'ACTIVE', 'NON_RENEWING', 'ENDED', 'LAPSED'];

/** The payment method types, in the order the form offers them. */
export const PAYMENT_METHOD_TYPES: readonly PaymentMethodType[] = ['CARD', 'SEPA_DEBIT', 'INVOICE'];

/** A subscription with the ETag to send as If-Match when changing it. */
export interface SubscriptionWithTag {
  subscription: Subscription;
  etag: string | null;
}
