import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import type { FieldError } from '@/lib/api';
import { useResellerDiscounts } from '../api/list-reseller-discounts';
import { saveResellerDiscounts } from '../api/save-reseller-discounts';
import type { ResellerDiscount } from '../api/types';
import { TextField } from '@/components/TextField';
import { ResellerTierForm } from '../components/ResellerTierForm';
import { basisPointsToPercent, percentToBasisPoints } from '../utils/decimal';
import { invalidInput, messagesFor, shownFields } from '../utils/problems';
import { rowKey } from '../utils/product-draft';

interface Row {
  key: string;
  tier: string;
  productCode: string;
  percent: string;
}

function rowsOf(discounts: ResellerDiscount[]): Row[] {
  return discounts.map((d) => ({
    key: rowKey(),
    tier: d.tier,
    productCode: d.productCode ?? '',
    percent: basisPointsToPercent(d.percentBasisPoints),
  }));
}

function DiscountsEditor({ initial, onSaved }: { initial: ResellerDiscount[]; onSaved: (saved: ResellerDiscount[]) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const fields = rows.flatMap((_, i) => [`[${i}].tier`, `[${i}].productCode`, `[${i}].percentBasisPoints`]);

  const change = (index: number, update: Partial<Row>) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...update } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid: FieldError[] = [];
    const discounts: ResellerDiscount[] = rows.map((row, i) => {
      const percentBasisPoints = percentToBasisPoints(row.percent);
      if (percentBasisPoints === null) invalid.push({ field: `[${i}].percentBasisPoints`, message: t('backoffice.taxRates.notPercent') });
      const productCode = row.productCode.trim();
      return { tier: row.tier.trim().toUpperCase(), ...(productCode ? { productCode } : {}), percentBasisPoints: percentBasisPoints ?? 0 };
    });
    setSaved(false);
    if (invalid.length > 0) {
      setProblem(invalidInput(t('backoffice.form.invalid'), invalid));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await saveResellerDiscounts(discounts);
      setRows(rowsOf(result));
      onSaved(result);
      setSaved(true);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="discounts-form">
      <ProblemAlert error={problem} inlineFields={shownFields(problem, fields)} />
      {saved && (
        <p className="success" role="status" data-testid="discounts-saved">
          {t('backoffice.discounts.saved')}
        </p>
      )}
      <ScrollBox label={t('backoffice.discounts.title')}>
        <table className="table" data-testid="discounts">
          <thead>
            <tr>
              <th scope="col">{t('backoffice.discounts.tier')}</th>
              <th scope="col">{t('backoffice.discounts.productCode')}</th>
              <th scope="col">{t('backoffice.discounts.percent')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key} data-testid="discount-row">
                <td>
                  <TextField label={t('backoffice.discounts.tier')} value={row.tier} onChange={(tier) => change(i, { tier })} errors={messagesFor(problem, `[${i}].tier`)} testId={`discount-${i}-tier`} maxLength={32} narrow required />
                </td>
                <td>
                  <TextField label={t('backoffice.discounts.productCode')} value={row.productCode} onChange={(productCode) => change(i, { productCode })} errors={messagesFor(problem, `[${i}].productCode`)} testId={`discount-${i}-product`} maxLength={64} placeholder={t('backoffice.discounts.allProducts')} />
                </td>
                <td>
                  <TextField label={t('backoffice.discounts.percent')} value={row.percent} onChange={(percent) => change(i, { percent })} errors={messagesFor(problem, `[${i}].percentBasisPoints`)} testId={`discount-${i}-percent`} inputMode="decimal" narrow required />
                </td>
                <td>
                  <button type="button" className="button" onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))} data-testid={`discount-${i}-remove`}>
                    {t('backoffice.discounts.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setRows((rs) => [...rs, { key: rowKey(), tier: '', productCode: '', percent: '' }])} data-testid="discount-add">
          {t('backoffice.discounts.add')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="discounts-save">
          {t('backoffice.form.save')}
        </button>
      </div>
    </form>
  );
}

/** `/backoffice/discounts`: the reseller discount table, saved as a whole, and which tier a reseller is in. */
export function DiscountsRoute() {
  const { t } = useTranslation();
  const discounts = useResellerDiscounts();
  return (
    <section data-testid="backoffice-discounts-page">
      <h2>{t('backoffice.discounts.title')}</h2>
      <p className="muted">{t('backoffice.discounts.hint')}</p>
      <ProblemAlert error={discounts.error} />
      {discounts.loading && !discounts.data && <Loading />}
      {discounts.data && <DiscountsEditor initial={discounts.data} onSaved={(saved) => discounts.setData(() => saved)} />}
      <ResellerTierForm />
    </section>
  );
}
