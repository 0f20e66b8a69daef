import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { formatBasisPoints } from '@/lib/format';
import { useTaxRates } from '../api/list-tax-rates';
import { setTaxRate } from '../api/set-tax-rate';
import type { TaxRate } from '../api/types';
import { TextField } from '@/components/TextField';
import { basisPointsToPercent, percentToBasisPoints } from '../utils/decimal';
import { invalidInput, messagesFor } from '../utils/problems';

const FIELDS = ['country', 'rateBasisPoints'] as const;

interface RateFormProps {
  /** The country being edited; null to add one. */
  country: string | null;
  percent: string;
  onSaved: (rate: TaxRate) => void;
  onCancel?: () => void;
  testId: string;
}

/** Country (when adding) and the rate in percent, sent as basis points. */
function RateForm({ country, percent: initialPercent, onSaved, onCancel, testId }: RateFormProps) {
  const { t } = useTranslation();
  const [newCountry, setNewCountry] = useState('');
  const [percent, setPercent] = useState(initialPercent);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const rate = percentToBasisPoints(percent);
    if (rate === null) {
      setProblem(invalidInput(t('backoffice.form.invalid'), [{ field: 'rateBasisPoints', message: t('backoffice.taxRates.notPercent') }]));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await setTaxRate(country ?? newCountry.trim().toUpperCase(), rate));
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-row" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {country === null && (
        <TextField label={t('backoffice.form.country')} value={newCountry} onChange={setNewCountry} errors={messagesFor(problem, 'country')} testId={`${testId}-country`} maxLength={2} placeholder="DE" narrow required />
      )}
      <TextField label={t('backoffice.taxRates.percent')} value={percent} onChange={setPercent} errors={messagesFor(problem, 'rateBasisPoints')} testId={`${testId}-percent`} inputMode="decimal" placeholder="19" narrow required />
      <div className="form-field form-field--button">
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy} data-testid={`${testId}-save`}>
            {country === null ? t('backoffice.taxRates.add') : t('backoffice.form.save')}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}

/** `/backoffice/tax-rates`: the VAT rate per country, each editable in its row, and a form to add a country. */
export function TaxRatesRoute() {
  const { t, i18n } = useTranslation();
  const rates = useTaxRates();
  const [editing, setEditing] = useState<string | null>(null);

  function saved(rate: TaxRate) {
    rates.setData((current = []) =>
      [...current.filter((r) => r.country !== rate.country), rate].sort((a, b) => a.country.localeCompare(b.country)),
    );
    setEditing(null);
  }

  return (
    <section data-testid="backoffice-tax-rates-page">
      <h2>{t('backoffice.taxRates.title')}</h2>
      <ProblemAlert error={rates.error} />
      {rates.loading && !rates.data && <Loading />}
      {rates.data && rates.data.length === 0 && <EmptyState title={t('backoffice.taxRates.empty')} />}
      {rates.data && rates.data.length > 0 && (
        <ScrollBox label={t('backoffice.taxRates.title')}>
          <table className="table" data-testid="tax-rates">
            <thead>
              <tr>
                <th scope="col">{t('backoffice.form.country')}</th>
                <th scope="col">{t('backoffice.taxRates.rate')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rates.data.map((rate) => (
                <tr key={rate.country} data-testid="tax-rate-row" data-country={rate.country}>
                  <td>{rate.country}</td>
                  {editing === rate.country ? (
                    <td colSpan={2}>
                      <RateForm country={rate.country} percent={basisPointsToPercent(rate.rateBasisPoints)} onSaved={saved} onCancel={() => setEditing(null)} testId="tax-rate-edit" />
                    </td>
                  ) : (
                    <>
                      <td data-testid="tax-rate-value">{formatBasisPoints(rate.rateBasisPoints, i18n.language)}</td>
                      <td>
                        <button type="button" className="button" onClick={() => setEditing(rate.country)} data-testid="tax-rate-edit-button">
                          {t('backoffice.taxRates.edit')}
                        </button>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h3>{t('backoffice.taxRates.addTitle')}</h3>
      <RateForm key={rates.data?.length ?? 0} country={null} percent="" onSaved={saved} testId="tax-rate-add" />
    </section>
  );
}
