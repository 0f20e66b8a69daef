import type { Checkout, CheckoutPayment, Company, Money, PaymentChoice } from '../api/types';

export interface BillingDraft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  taxId: string;
}

export interface PaymentDraft {
  cardNumber: string;
  expiryMonth: string;
  expiryYear: string;
  cardHolder: string;
  iban: string;
  accountHolder: string;
  poNumber: string;
}

export const EMPTY_PAYMENT: PaymentDraft = {
  cardNumber: '',
  expiryMonth: '',
  expiryYear: '',
  cardHolder: '',
  iban: '',
  accountHolder: '',
  poNumber: '',
};

/**
 * The form fields by their full path in the Checkout body, so that a server message for `payment.card.number` lands
 * on the card number and never on another field ending in `number`.
 */
export const BILLING_FIELDS = ['billing.name', 'billing.street', 'billing.postalCode', 'billing.city', 'billing.taxId'] as const;
export const PAYMENT_FIELDS: Record<PaymentChoice, readonly string[]> = {
  CREDIT: [],
  CARD: ['payment.card.number', 'payment.card.expiryMonth', 'payment.card.expiryYear', 'payment.card.holder'],
  SEPA_DEBIT: ['payment.sepa.iban', 'payment.sepa.accountHolder'],
  INVOICE: ['payment.poNumber'],
};

/** The billing data as the company has it on file (the buyer may correct it for this order). */
export function billingFrom(company: Company): BillingDraft {
  return {
    name: company.name ?? '',
    street: company.street ?? '',
    postalCode: company.postalCode ?? '',
    city: company.city ?? '',
    taxId: company.taxId ?? '',
  };
}

/** A month or year as typed; anything else goes as 0 so that the server names the field that is wrong. */
function whole(value: string): number {
  const v = value.trim();
  return /^\d{1,4}$/.test(v) ? Number(v) : 0;
}

function payment(method: PaymentChoice, p: PaymentDraft): CheckoutPayment {
  switch (method) {
    case 'CARD':
      return {
        method,
        card: {
          number: p.cardNumber.trim(),
          expiryMonth: whole(p.expiryMonth),
          expiryYear: whole(p.expiryYear),
          holder: p.cardHolder.trim(),
        },
      };
    case 'SEPA_DEBIT':
      return { method, sepa: { iban: p.iban.trim(), accountHolder: p.accountHolder.trim() } };
    case 'INVOICE':
      // an empty PO number goes along too: the server answers that it is required, on the field
      return { method, poNumber: p.poNumber.trim() };
    default:
      return { method };
  }
}

/** The Checkout body: only the chosen method's details go along, and the total the buyer saw as `expectedTotal`. */
export function toCheckout(
  companyId: string,
  billing: BillingDraft,
  confirmed: boolean,
  method: PaymentChoice,
  details: PaymentDraft,
  expectedTotal: Money | undefined,
): Checkout {
  const taxId = billing.taxId.trim();
  return {
    companyId,
    billingDataConfirmed: confirmed,
    billing: {
      name: billing.name.trim(),
      street: billing.street.trim(),
      postalCode: billing.postalCode.trim(),
      city: billing.city.trim(),
      ...(taxId ? { taxId } : {}),
    },
    payment: payment(method, details),
    ...(expectedTotal ? { expectedTotal } : {}),
  };
}
