import type { Order } from '../api/types';

/**
 * The provider's masked display ("Visa •••• 4242") for a card or SEPA payment. Credit and invoice payments show only
 * the translated method (and the PO number on its own), since the server's display text for them is English.
 */
export function maskedPayment(payment: Order['payment']): string | null {
  return (payment.method === 'CARD' || payment.method === 'SEPA_DEBIT') && payment.display ? payment.display : null;
}
