import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { formatMoney } from '@/lib/format';
import { topUpCredit } from '../api/top-up-credit';
import type { CreditEntry } from '../api/types';
import { TextField } from '@/components/TextField';
import { CompanyCombobox } from '@/components/CompanyCombobox';
import type { CompanyChoice } from '@/lib/company-search';
import { toMinorUnits } from '../utils/decimal';
import { invalidInput, messagesFor } from '../utils/problems';

const FIELDS = ['companyId', 'amount.amount', 'amount.currency', 'amount', 'reason'] as const;

/** `/backoffice/credit`: adds prepaid credit to a company's account, safe to retry. */
export function CreditTopUpRoute() {
  const { t, i18n } = useTranslation();
  const [company, setCompany] = useState<CompanyChoice | null>(null);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [entry, setEntry] = useState<CreditEntry | null>(null);
  // one key per content sent: a retry of the same top-up (say after a timeout) is not booked twice
  const attempt = useRef<{ body: string; key: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const code = currency.trim().toUpperCase();
    const minor = toMinorUnits(amount, code);
    setEntry(null);
    const invalid = [
      ...(company ? [] : [{ field: 'companyId', message: t('companyPicker.required') }]),
      ...(minor === null || minor === 0 ? [{ field: 'amount.amount', message: t('backoffice.form.notAmount') }] : []),
    ];
    if (!company || minor === null || invalid.length > 0) {
      setProblem(invalidInput(t('backoffice.form.invalid'), invalid));
      return;
    }
    const target = company.id;
    const topUp = { amount: { amount: minor, currency: code }, reason: reason.trim() };
    const body = JSON.stringify([target, topUp]);
    const current = attempt.current?.body === body ? attempt.current : { body, key: newIdempotencyKey() };
    attempt.current = current;
    setBusy(true);
    setProblem(null);
    try {
      setEntry(await topUpCredit(target, topUp, current.key));
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section data-testid="backoffice-credit-page">
      <h2>{t('backoffice.credit.title')}</h2>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="credit-top-up-form">
        <ProblemAlert error={problem} inlineFields={FIELDS} />
        {entry && (
          <p className="success" role="status" data-testid="credit-top-up-done">
            {t('backoffice.credit.doneFor', { company: company?.name ?? '', balance: formatMoney(entry.balanceAfter, i18n.language) })}
          </p>
        )}
        <div className="form-row">
          <CompanyCombobox label={t('backoffice.form.company')} value={company} onChange={setCompany} errors={messagesFor(problem, 'companyId')} testId="credit-company" required />
          <TextField label={t('backoffice.form.amount')} value={amount} onChange={setAmount} errors={[...messagesFor(problem, 'amount.amount'), ...messagesFor(problem, 'amount')]} testId="credit-amount" inputMode="decimal" placeholder="500.00" narrow required />
          <TextField label={t('backoffice.form.currency')} value={currency} onChange={setCurrency} errors={messagesFor(problem, 'amount.currency')} testId="credit-currency" maxLength={3} narrow required />
        </div>
        <div className="form-row">
          <TextField label={t('backoffice.credit.reason')} value={reason} onChange={setReason} errors={messagesFor(problem, 'reason')} testId="credit-reason" maxLength={200} placeholder={t('backoffice.credit.reasonExample')} required />
          <div className="form-field form-field--button">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="credit-top-up">
              {busy ? t('backoffice.form.saving') : t('backoffice.credit.submit')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
