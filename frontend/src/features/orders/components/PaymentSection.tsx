import { useTranslation } from 'react-i18next';
import { PAYMENT_CHOICES, type CartCredit, type PaymentChoice } from '../api/types';
import type { PaymentDraft } from '../utils/checkout';
import { CreditSummary } from './CreditSummary';
import { TextField } from '@/components/TextField';

interface PaymentSectionProps {
  method: PaymentChoice;
  /** The prepaid credit; without it, paying by credit is not offered. */
  credit: CartCredit | null;
  details: PaymentDraft;
  errorsOf: (field: string) => string[];
  onMethod: (method: PaymentChoice) => void;
  onChange: (patch: Partial<PaymentDraft>) => void;
}

/** How to pay: prepaid credit (when the company has some), card, SEPA direct debit, or invoice with a PO number. */
export function PaymentSection({ method, credit, details, errorsOf, onMethod, onChange }: PaymentSectionProps) {
  const { t } = useTranslation();
  const offered = PAYMENT_CHOICES.filter((m) => m !== 'CREDIT' || credit);
  return (
    <fieldset className="card checkout-section" data-testid="payment-section">
      <legend>{t('shop.checkout.payment')}</legend>
      <div className="payment-choice" role="radiogroup" aria-label={t('shop.checkout.payment')}>
        {offered.map((m) => (
          <label key={m} className="payment-choice__option">
            <input
              type="radio"
              name="payment-method"
              value={m}
              checked={method === m}
              onChange={() => onMethod(m)}
              data-testid={`payment-${m}`}
            />{' '}
            {t(`orders.paymentMethod.${m}`)}
          </label>
        ))}
      </div>
      {method === 'CREDIT' && credit && <CreditSummary credit={credit} />}
      {method === 'CARD' && (
        <div className="form-row">
          <TextField
            required
            label={t('shop.checkout.cardNumber')}
            value={details.cardNumber}
            onChange={(cardNumber) => onChange({ cardNumber })}
            errors={errorsOf('payment.card.number')}
            testId="card-number"
            maxLength={23}
            autoComplete="cc-number"
            inputMode="numeric"
          />
          <TextField
            required
            label={t('shop.checkout.expiryMonth')}
            value={details.expiryMonth}
            onChange={(expiryMonth) => onChange({ expiryMonth })}
            errors={errorsOf('payment.card.expiryMonth')}
            testId="card-expiry-month"
            maxLength={2}
            autoComplete="cc-exp-month"
            inputMode="numeric"
            placeholder="MM"
            narrow
          />
          <TextField
            required
            label={t('shop.checkout.expiryYear')}
            value={details.expiryYear}
            onChange={(expiryYear) => onChange({ expiryYear })}
            errors={errorsOf('payment.card.expiryYear')}
            testId="card-expiry-year"
            maxLength={4}
            autoComplete="cc-exp-year"
            inputMode="numeric"
            placeholder="YYYY"
            narrow
          />
          <TextField
            required
            label={t('shop.checkout.cardHolder')}
            value={details.cardHolder}
            onChange={(cardHolder) => onChange({ cardHolder })}
            errors={errorsOf('payment.card.holder')}
            testId="card-holder"
            maxLength={100}
            autoComplete="cc-name"
          />
        </div>
      )}
      {method === 'SEPA_DEBIT' && (
        <div className="form-row">
          <TextField
            required
            label={t('shop.checkout.iban')}
            value={details.iban}
            onChange={(iban) => onChange({ iban })}
            errors={errorsOf('payment.sepa.iban')}
            testId="sepa-iban"
            maxLength={42}
            autoComplete="off"
          />
          <TextField
            required
            label={t('shop.checkout.accountHolder')}
            value={details.accountHolder}
            onChange={(accountHolder) => onChange({ accountHolder })}
            errors={errorsOf('payment.sepa.accountHolder')}
            testId="sepa-holder"
            maxLength={100}
            autoComplete="off"
          />
        </div>
      )}
      {method === 'INVOICE' && (
        <div className="form-row">
          <TextField
            required
            label={t('shop.checkout.poNumber')}
            value={details.poNumber}
            onChange={(poNumber) => onChange({ poNumber })}
            errors={errorsOf('payment.poNumber')}
            testId="po-number"
            maxLength={35}
            autoComplete="off"
          />
        </div>
      )}
      {(method === 'CARD' || method === 'SEPA_DEBIT') && (
        <p className="muted field-hint">{t('shop.checkout.providerNote')}</p>
      )}
    </fieldset>
  );
}
