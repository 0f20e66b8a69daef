import type { components } from '@/lib/api';

export type Money = components['schemas']['Money'];
export type Product = components['schemas']['Product'];
export type ProductType = components['schemas']['ProductType'];
export type ProductVariant = components['schemas']['ProductVariant'];
export type Price = components['schemas']['Price'];
export type Cart = components['schemas']['Cart'];
export type CartLine = components['schemas']['CartLine'];
export type CartCredit = components['schemas']['CartCredit'];
export type Company = components['schemas']['Company'];
export type Checkout = components['schemas']['Checkout'];
export type CheckoutPayment = components['schemas']['CheckoutPayment'];
export type BillingData = components['schemas']['BillingData'];
export type PaymentChoice = components['schemas']['PaymentChoice'];
export type Order = components['schemas']['Order'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderSummary = components['schemas']['OrderSummary'];
export type OrderLine = components['schemas']['OrderLine'];
export type OrderItem = components['schemas']['OrderItem'];
export type Association = components['schemas']['Association'];
export type SubscriptionStatus = components['schemas']['SubscriptionStatus'];
export type CreditAccount = components['schemas']['CreditAccount'];
export type CreditEntry = components['schemas']['CreditEntry'];
export type CreditEntryKind = components['schemas']['CreditEntryKind'];
export type LicenseKey = components['schemas']['LicenseKey'];

/** The payment methods, in the order checkout offers them (credit only when the company has some). */
export const PAYMENT_CHOICES: readonly PaymentChoice[] = ['CREDIT', 'CARD', 'SEPA_DEBIT', 'INVOICE'];

/** The most units one cart line may hold (the contract's maximum). */
export const MAX_QUANTITY = 1000;
