import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { setResellerTier } from '../api/set-reseller-tier';
import { messagesFor } from '../utils/problems';
import { TextField } from '@/components/TextField';
import { CompanyCombobox } from '@/components/CompanyCombobox';
import type { CompanyChoice } from '@/lib/company-search';
import { invalidInput } from '../utils/problems';

const FIELDS = ['companyId', 'tier'] as const;

/** Puts a reseller company in a discount tier; a company that is no reseller is refused by the server. */
export function ResellerTierForm() {
  const { t } = useTranslation();
  const [company, setCompany] = useState<CompanyChoice | null>(null);
  const [tier, setTier] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!company) {
      setProblem(invalidInput(t('backoffice.form.invalid'), [{ field: 'companyId', message: t('companyPicker.required') }]));
      return;
    }
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const result = await setResellerTier(company.id, tier.trim().toUpperCase());
      setDone(t('backoffice.tier.doneFor', { company: company.name, tier: result.tier }));
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate data-testid="reseller-tier-form">
      <h3>{t('backoffice.tier.title')}</h3>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {done && (
        <p className="success" role="status" data-testid="reseller-tier-done">
          {done}
        </p>
      )}
      <div className="form-row">
        <CompanyCombobox label={t('backoffice.form.company')} value={company} onChange={setCompany} errors={messagesFor(problem, 'companyId')} testId="reseller-tier-company" required />
        <TextField label={t('backoffice.discounts.tier')} value={tier} onChange={setTier} errors={messagesFor(problem, 'tier')} testId="reseller-tier-tier" maxLength={32} placeholder="GOLD" narrow required />
        <div className="form-field form-field--button">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="reseller-tier-save">
            {t('backoffice.tier.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
