import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { ApiProblem } from '@/lib/api';
import { PAYMENT_METHOD_TYPES, type PaymentMethodChange, type PaymentMethodType, type Subscription } from '../api/types';

/**
 * The form fields by payment type, named by their full path in the request, so that `card.number` and
 * `sepa.iban` (however deep the server nests them) each land on their own input and never on another one.
 */
const FIELDS: Record<PaymentMethodType, readonly string[]> = {
  CARD: ['type', 'card.number', 'card.expiryMonth', 'card.expiryYear', 'card.holder'],
  SEPA_DEBIT: ['type', 'sepa.iban', 'sepa.accountHolder'],
  INVOICE: ['type'],
};

interface Draft {
  type: PaymentMethodType;
  cardNumber: string;
  expiryMonth: string;
  expiryYear: string;
  cardHolder: string;
  iban: string;
  accountHolder: string;
}

function emptyDraft(type: PaymentMethodType): Draft {
  return { type, cardNumber: '', expiryMonth: '', expiryYear: '', cardHolder: '', iban: '', accountHolder: '' };
}

/** A month or year as typed; anything else goes as 0 so that the server names the field that is wrong. */
function whole(value: string): number {
  const v = value.trim();
  return /^\d{1,4}$/.test(v) ? Number(v) : 0;
}

function toChange(d: Draft): PaymentMethodChange {
  switch (d.type) {
    case 'CARD':
      return {
        type: 'CARD',
        card: {
          number: d.cardNumber.trim(),
          expiryMonth: whole(d.expiryMonth),
          expiryYear: whole(d.expiryYear),
          holder: d.cardHolder.trim(),
        },
      };
    case 'SEPA_DEBIT':
      return { type: 'SEPA_DEBIT', sepa: { iban: d.iban.trim(), accountHolder: d.accountHolder.trim() } };
    default:
      return { type: d.type };
  }
}

interface PaymentMethodSectionProps {
  subscription: Subscription;
  /** Saves the new payment method; rejects with the server's problem. */
  onSave: (change: PaymentMethodChange) => Promise<unknown>;
}

/** The current payment method and, when `actions.changePaymentMethod` allows it, a form to change it. */
export function PaymentMethodSection({ subscription, onSave }: PaymentMethodSectionProps) {
  const { t } = useTranslation();
  const typeId = useId();
  const noteId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  if (!subscription.actions.changePaymentMethod) return null;

  const errorsOf = (field: string) => (problem instanceof ApiProblem ? problem.fieldMessages(field) : []);
  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  function open() {
    setDraft(emptyDraft(subscription.paymentMethod?.type ?? 'CARD'));
    setProblem(null);
    setSaved(false);
  }

  /** Closing drops everything typed: card and bank details never outlive the form. */
  function close() {
    setDraft(null);
    setProblem(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      await onSave(toChange(draft));
      setDraft(null);
      setSaved(true);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const typeErrors = errorsOf('type');

  return (
    <section aria-labelledby="payment-heading" className="card" data-testid="payment-method-section">
      <div className="page__header">
        <h2 id="payment-heading">{t('subscriptions.payment.heading')}</h2>
        {!draft && (
          <button type="button" className="button" onClick={open} data-testid="payment-method-change">
            {t('subscriptions.payment.change')}
          </button>
        )}
      </div>
      <dl className="details">
        <dt>{t('subscriptions.payment.current')}</dt>
        <dd data-testid="payment-method-value" data-type={subscription.paymentMethod?.type ?? ''}>
          {subscription.paymentMethod?.display ?? <span className="muted">{t('subscriptions.payment.none')}</span>}
        </dd>
      </dl>
      {saved && (
        <p className="success" role="status" data-testid="payment-method-success">
          {t('subscriptions.payment.saved')}
        </p>
      )}
      {draft && (
        <form className="payment-form" onSubmit={(e) => void save(e)} noValidate aria-describedby={noteId}>
          <ProblemAlert error={problem} inlineFields={FIELDS[draft.type]} />
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={typeId}>{t('subscriptions.payment.type')}</label>
              <select
                id={typeId}
                value={draft.type}
                onChange={(e) => {
                  setProblem(null);
                  set({ type: e.target.value as PaymentMethodType });
                }}
                aria-invalid={typeErrors.length > 0 || undefined}
                aria-describedby={typeErrors.length > 0 ? `${typeId}-error` : undefined}
                data-testid="payment-type"
              >
                {PAYMENT_METHOD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`subscriptions.paymentMethod.${type}`)}
                  </option>
                ))}
              </select>
              {typeErrors.length > 0 && (
                <p id={`${typeId}-error`} className="field-error" data-testid="payment-type-error">
                  {typeErrors.join(' ')}
                </p>
              )}
            </div>
          </div>
          {draft.type === 'CARD' && (
            <div className="form-row">
              <TextField
                required
                label={t('subscriptions.payment.cardNumber')}
                value={draft.cardNumber}
                onChange={(cardNumber) => set({ cardNumber })}
                errors={errorsOf('card.number')}
                testId="card-number"
                maxLength={23}
                autoComplete="cc-number"
                inputMode="numeric"
              />
              <TextField
                required
                label={t('subscriptions.payment.expiryMonth')}
                value={draft.expiryMonth}
                onChange={(expiryMonth) => set({ expiryMonth })}
                errors={errorsOf('card.expiryMonth')}
                testId="card-expiry-month"
                maxLength={2}
                autoComplete="cc-exp-month"
                inputMode="numeric"
                placeholder={t('subscriptions.payment.monthPlaceholder')}
                narrow
              />
              <TextField
                required
                label={t('subscriptions.payment.expiryYear')}
                value={draft.expiryYear}
                onChange={(expiryYear) => set({ expiryYear })}
                errors={errorsOf('card.expiryYear')}
                testId="card-expiry-year"
                maxLength={4}
                autoComplete="cc-exp-year"
                inputMode="numeric"
                placeholder={t('subscriptions.payment.yearPlaceholder')}
                narrow
              />
              <TextField
                required
                label={t('subscriptions.payment.cardHolder')}
                value={draft.cardHolder}
                onChange={(cardHolder) => set({ cardHolder })}
                errors={errorsOf('card.holder')}
                testId="card-holder"
                maxLength={100}
                autoComplete="cc-name"
              />
            </div>
          )}
          {draft.type === 'SEPA_DEBIT' && (
            <div className="form-row">
              <TextField
                required
                label={t('subscriptions.payment.iban')}
                value={draft.iban}
                onChange={(iban) => set({ iban })}
                errors={errorsOf('sepa.iban')}
                testId="sepa-iban"
                maxLength={42}
                autoComplete="off"
                placeholder="DE89 3704 0044 0532 0130 00"
              />
              <TextField
                required
                label={t('subscriptions.payment.accountHolder')}
                value={draft.accountHolder}
                onChange={(accountHolder) => set({ accountHolder })}
                errors={errorsOf('sepa.accountHolder')}
                testId="sepa-holder"
                maxLength={100}
                autoComplete="off"
              />
            </div>
          )}
          {draft.type === 'INVOICE' && <p data-testid="payment-invoice-note">{t('subscriptions.payment.invoiceNote')}</p>}
          <p id={noteId} className="muted field-hint" data-testid="payment-provider-note">
            {t('subscriptions.payment.providerNote')}
          </p>
          <div className="button-row payment-form__buttons">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="payment-save">
              {busy ? t('subscriptions.payment.saving') : t('subscriptions.payment.save')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={close} data-testid="payment-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
