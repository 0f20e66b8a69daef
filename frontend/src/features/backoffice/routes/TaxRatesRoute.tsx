import { useId, useMemo, useState, type FormEvent } from 'react';
import { countriesByName, countryName } from '@/lib/countries';
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

/** The largest rate the server takes: 100 % (10,000 basis points). */
const MAX_BASIS_POINTS = 10_000;

interface RateFormProps {
  /** The country being edited; null to add one. */
  country: string | null;
  percent: string;
  /** Countries that have a rate already (not offered when adding). */
  taken?: readonly string[];
  onSaved: (rate: TaxRate) => void;
  onCancel?: () => void;
  testId: string;
}

/**
 * The country, picked by its name in the reader's language (when adding), and the rate typed in percent; sent as basis
 * points, which the person never sees: a rate the server refuses is explained in percent too.
 */
function RateForm({ country, percent: initialPercent, taken = [], onSaved, onCancel, testId }: RateFormProps) {
  const { t, i18n } = useTranslation();
  const countryId = useId();
  const [newCountry, setNewCountry] = useState('');
  const [percent, setPercent] = useState(initialPercent);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const countries = useMemo(() => countriesByName(i18n.language).filter((c) => !taken.includes(c.code)), [i18n.language, taken]);
  const percentWrong = t('backoffice.taxRates.notPercent');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const rate = percentToBasisPoints(percent);
    const target = country ?? newCountry;
    const invalid = [
      ...(target ? [] : [{ field: 'country', message: t('backoffice.taxRates.chooseCountry') }]),
      ...(rate === null || rate < 0 || rate > MAX_BASIS_POINTS ? [{ field: 'rateBasisPoints', message: percentWrong }] : []),
    ];
    if (invalid.length > 0 || rate === null) {
      setProblem(invalidInput(t('backoffice.form.invalid'), invalid));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await setTaxRate(target, rate));
    } catch (e) {
      // the server speaks of basis points; the person typed a percentage
      setProblem(messagesFor(e, 'rateBasisPoints').length > 0
        ? invalidInput(t('backoffice.form.invalid'), [{ field: 'rateBasisPoints', message: percentWrong }]) : e);
    } finally {
      setBusy(false);
    }
  }

  const countryErrors = messagesFor(problem, 'country');
  return (
    <form className="form-row" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {country === null && (
        <div className="form-field">
          <label htmlFor={countryId}>{t('backoffice.form.country')}</label>
          <select
            id={countryId}
            value={newCountry}
            onChange={(e) => setNewCountry(e.target.value)}
            required
            aria-invalid={countryErrors.length > 0 || undefined}
            aria-describedby={countryErrors.length > 0 ? `${countryId}-error` : undefined}
            data-testid={`${testId}-country`}
          >
            <option value="">{t('backoffice.taxRates.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          {countryErrors.length > 0 && (
            <p id={`${countryId}-error`} className="field-error" data-testid={`${testId}-country-error`}>
              {countryErrors.join(' ')}
            </p>
          )}
        </div>
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
  const taken = useMemo(() => (rates.data ?? []).map((r) => r.country), [rates.data]);

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
                  <td>
                    {countryName(rate.country, i18n.language)} <span className="muted">({rate.country})</span>
                  </td>
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
      <RateForm key={rates.data?.length ?? 0} country={null} percent="" taken={taken} onSaved={saved} testId="tax-rate-add" />
    </section>
  );
}
