import { useTranslation } from 'react-i18next';
import type { BillingDraft } from '../utils/checkout';
import { TextField } from '@/components/TextField';

interface BillingSectionProps {
  billing: BillingDraft;
  /** The company's country (ISO code): printed on the invoice, not editable here. */
  country: string;
  confirmed: boolean;
  /** The client's own message when the buyer did not confirm, or the server's. */
  confirmErrors: string[];
  errorsOf: (field: string) => string[];
  onChange: (patch: Partial<BillingDraft>) => void;
  onConfirm: (confirmed: boolean) => void;
}

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The billing data for the invoice, prefilled from the company, and the buyer's confirmation that it is correct. */
export function BillingSection({ billing, country, confirmed, confirmErrors, errorsOf, onChange, onConfirm }: BillingSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="card checkout-section" data-testid="billing-section">
      <legend>{t('shop.checkout.billing')}</legend>
      <div className="form-row">
        <TextField
          required
          label={t('shop.checkout.billingName')}
          value={billing.name}
          onChange={(name) => onChange({ name })}
          errors={errorsOf('billing.name')}
          testId="billing-name"
          maxLength={200}
          autoComplete="organization"
        />
        <TextField
          label={t('shop.checkout.taxId')}
          value={billing.taxId}
          onChange={(taxId) => onChange({ taxId })}
          errors={errorsOf('billing.taxId')}
          testId="billing-tax-id"
          maxLength={32}
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <TextField
          required
          label={t('shop.checkout.street')}
          value={billing.street}
          onChange={(street) => onChange({ street })}
          errors={errorsOf('billing.street')}
          testId="billing-street"
          maxLength={200}
          autoComplete="street-address"
        />
        <TextField
          required
          label={t('shop.checkout.postalCode')}
          value={billing.postalCode}
          onChange={(postalCode) => onChange({ postalCode })}
          errors={errorsOf('billing.postalCode')}
          testId="billing-postal-code"
          maxLength={16}
          autoComplete="postal-code"
          narrow
        />
        <TextField
          required
          label={t('shop.checkout.city')}
          value={billing.city}
          onChange={(city) => onChange({ city })}
          errors={errorsOf('billing.city')}
          testId="billing-city"
          maxLength={100}
          autoComplete="address-level2"
        />
      </div>
      <p>
        {t('shop.checkout.country')}: <span data-testid="billing-country">{countryName(country, i18n.language)}</span>{' '}
        <span className="muted">{t('shop.checkout.countryHint')}</span>
      </p>
      <div className="form-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => onConfirm(e.target.checked)}
            aria-invalid={confirmErrors.length > 0 || undefined}
            aria-describedby={confirmErrors.length > 0 ? 'billing-confirm-error' : undefined}
            data-testid="billing-confirm"
          />{' '}
          {t('shop.checkout.confirmBilling')}
        </label>
        {confirmErrors.length > 0 && (
          <p id="billing-confirm-error" className="field-error" data-testid="billing-confirm-error">
            {confirmErrors.join(' ')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
