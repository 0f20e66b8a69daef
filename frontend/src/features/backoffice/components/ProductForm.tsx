import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import type { ProductDefinition } from '../api/types';
import { invalidInput, messagesFor, shownFields } from '../utils/problems';
import {
  definitionOf,
  emptyPrice,
  emptyVariant,
  LANGUAGES,
  type PriceDraft,
  type ProductDraft,
  type Texts,
  type VariantDraft,
} from '../utils/product-draft';
import { TextField } from '@/components/TextField';

interface ProductFormProps {
  initial: ProductDraft;
  /** Sends the definition; rejects with the server's problem. */
  onSubmit: (definition: ProductDefinition) => Promise<void>;
  /** Offered after a 412 (someone else changed the product): read it again, dropping this form's changes. */
  onReload?: () => void;
}

/** Every input of the form, in the server's field paths, so that a 422 lands next to the right one. */
function fieldsOf(draft: ProductDraft): string[] {
  const product = ['code', 'type', 'termMonths', 'defaultLicenseQuantity', 'autoRenew', 'active', 'sortOrder'];
  const texts = LANGUAGES.flatMap((l) => [`names.${l}`, `descriptions.${l}`]);
  const variants = draft.variants.flatMap((v, i) => [
    `variants[${i}].code`,
    ...LANGUAGES.map((l) => `variants[${i}].names.${l}`),
    ...v.prices.flatMap((_, j) => {
      const p = `variants[${i}].prices[${j}]`;
      return [`${p}.country`, `${p}.price.amount`, `${p}.price.currency`, `${p}.price`];
    }),
  ]);
  return [...product, ...texts, ...variants];
}

/** The form for a catalog product with its variants and their prices per country. */
export function ProductForm({ initial, onSubmit, onReload }: ProductFormProps) {
  const { t } = useTranslation();
  const typeId = useId();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const stale = problem instanceof ApiProblem && problem.status === 412;
  const errors = (field: string) => messagesFor(problem, field);

  const set = (change: Partial<ProductDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setVariant = (index: number, change: (v: VariantDraft) => VariantDraft) =>
    setDraft((d) => ({ ...d, variants: d.variants.map((v, i) => (i === index ? change(v) : v)) }));
  const setPrice = (index: number, priceIndex: number, change: Partial<PriceDraft>) =>
    setVariant(index, (v) => ({ ...v, prices: v.prices.map((p, j) => (j === priceIndex ? { ...p, ...change } : p)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { definition, errors: invalid } = definitionOf(draft, {
      notWhole: t('backoffice.form.notWhole'),
      notAmount: t('backoffice.form.notAmount'),
    });
    if (invalid.length > 0) {
      setProblem(invalidInput(t('backoffice.form.invalid'), invalid));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(definition);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const textFields = (values: Texts, field: string, testId: string, onChange: (values: Texts) => void, multiline = false) =>
    LANGUAGES.map((language) => (
      <TextField
        key={language}
        label={t(`backoffice.form.${field === 'descriptions' ? 'description' : 'name'}In`, { language: t(`languages.${language}`) })}
        value={values[language]}
        onChange={(value) => onChange({ ...values, [language]: value })}
        errors={errors(`${field}.${language}`)}
        testId={`${testId}-${language}`}
        required={language === 'en' && field !== 'descriptions'}
        multiline={multiline}
      />
    ));

  return (
    <form className="backoffice-form" onSubmit={(e) => void submit(e)} noValidate data-testid="product-form">
      {stale ? (
        <div className="problem-alert" role="alert" data-testid="product-stale">
          <p className="problem-alert__title">{t('backoffice.form.stale')}</p>
          {onReload && (
            <button type="button" className="button" onClick={onReload} data-testid="product-reload">
              {t('backoffice.form.reload')}
            </button>
          )}
        </div>
      ) : (
        <ProblemAlert error={problem} inlineFields={shownFields(problem, fieldsOf(draft))} />
      )}

      <fieldset className="card">
        <legend>{t('backoffice.form.product')}</legend>
        <div className="form-row">
          <TextField label={t('backoffice.products.code')} value={draft.code} onChange={(code) => set({ code })} errors={errors('code')} testId="product-code" maxLength={64} required />
          <div className="form-field">
            <label htmlFor={typeId}>{t('backoffice.products.type')}</label>
            <select
              id={typeId}
              value={draft.type}
              // a one-time product never renews (the server stores it so): the box goes with the type
              onChange={(e) => {
                const type = e.target.value as ProductDraft['type'];
                set(type === 'ONE_TIME' ? { type, autoRenew: false } : { type });
              }}
              data-testid="product-type"
            >
              <option value="SUBSCRIPTION">{t('backoffice.productTypes.SUBSCRIPTION')}</option>
              <option value="ONE_TIME">{t('backoffice.productTypes.ONE_TIME')}</option>
            </select>
            {errors('type').length > 0 && <p className="field-error">{errors('type').join(' ')}</p>}
          </div>
          {draft.type === 'SUBSCRIPTION' && (
            <TextField label={t('backoffice.form.termMonths')} value={draft.termMonths} onChange={(termMonths) => set({ termMonths })} errors={errors('termMonths')} testId="product-term" inputMode="numeric" narrow required />
          )}
          <TextField label={t('backoffice.products.licenses')} value={draft.defaultLicenseQuantity} onChange={(defaultLicenseQuantity) => set({ defaultLicenseQuantity })} errors={errors('defaultLicenseQuantity')} testId="product-licenses" inputMode="numeric" narrow />
          <TextField label={t('backoffice.form.sortOrder')} value={draft.sortOrder} onChange={(sortOrder) => set({ sortOrder })} errors={errors('sortOrder')} testId="product-sort-order" inputMode="numeric" narrow />
        </div>
        <div className="form-row">
          {draft.type === 'SUBSCRIPTION' && (
            <label className="checkbox">
              <input type="checkbox" checked={draft.autoRenew} onChange={(e) => set({ autoRenew: e.target.checked })} data-testid="product-auto-renew" />
              {t('backoffice.form.autoRenew')}
            </label>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} data-testid="product-active" />
            {t('backoffice.form.active')}
          </label>
        </div>
        <div className="form-row">{textFields(draft.names, 'names', 'product-name', (names) => set({ names }))}</div>
        <div className="form-row">{textFields(draft.descriptions, 'descriptions', 'product-description', (descriptions) => set({ descriptions }), true)}</div>
      </fieldset>

      {draft.variants.map((variant, i) => (
        <fieldset key={variant.key} className="card" data-testid="variant">
          <legend>{t('backoffice.form.variant', { number: i + 1 })}</legend>
          <div className="form-row">
            <TextField label={t('backoffice.products.code')} value={variant.code} onChange={(code) => setVariant(i, (v) => ({ ...v, code }))} errors={errors(`variants[${i}].code`)} testId={`variant-${i}-code`} maxLength={64} required />
            {LANGUAGES.map((language) => (
              <TextField
                key={language}
                label={t('backoffice.form.nameIn', { language: t(`languages.${language}`) })}
                value={variant.names[language]}
                onChange={(value) => setVariant(i, (v) => ({ ...v, names: { ...v.names, [language]: value } }))}
                errors={errors(`variants[${i}].names.${language}`)}
                testId={`variant-${i}-name-${language}`}
                required={language === 'en'}
              />
            ))}
          </div>
          <h3>{t('backoffice.form.prices')}</h3>
          {variant.prices.map((price, j) => {
            const path = `variants[${i}].prices[${j}]`;
            const testId = `variant-${i}-price-${j}`;
            return (
              <div key={price.key} className="form-row" data-testid="price-row">
                <TextField label={t('backoffice.form.country')} value={price.country} onChange={(country) => setPrice(i, j, { country })} errors={errors(`${path}.country`)} testId={`${testId}-country`} maxLength={2} placeholder="DE" narrow required />
                <TextField label={t('backoffice.form.amount')} value={price.amount} onChange={(amount) => setPrice(i, j, { amount })} errors={[...errors(`${path}.price.amount`), ...errors(`${path}.price`)]} testId={`${testId}-amount`} inputMode="decimal" placeholder="49.00" narrow required />
                <TextField label={t('backoffice.form.currency')} value={price.currency} onChange={(currency) => setPrice(i, j, { currency })} errors={errors(`${path}.price.currency`)} testId={`${testId}-currency`} maxLength={3} narrow required />
                <div className="form-field form-field--button">
                  <button type="button" className="button" onClick={() => setVariant(i, (v) => ({ ...v, prices: v.prices.filter((_, k) => k !== j) }))} data-testid={`${testId}-remove`}>
                    {t('backoffice.form.removePrice')}
                  </button>
                </div>
              </div>
            );
          })}
          <div className="button-row">
            <button type="button" className="button" onClick={() => setVariant(i, (v) => ({ ...v, prices: [...v.prices, emptyPrice()] }))} data-testid={`variant-${i}-add-price`}>
              {t('backoffice.form.addPrice')}
            </button>
            <button type="button" className="button" onClick={() => set({ variants: draft.variants.filter((_, k) => k !== i) })} data-testid={`variant-${i}-remove`}>
              {t('backoffice.form.removeVariant')}
            </button>
          </div>
        </fieldset>
      ))}

      <div className="button-row">
        <button type="button" className="button" onClick={() => set({ variants: [...draft.variants, emptyVariant()] })} data-testid="product-add-variant">
          {t('backoffice.form.addVariant')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="product-save">
          {busy ? t('backoffice.form.saving') : t('backoffice.form.save')}
        </button>
      </div>
    </form>
  );
}
