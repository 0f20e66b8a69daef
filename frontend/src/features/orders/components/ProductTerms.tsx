import { useTranslation } from 'react-i18next';
import type { ProductType } from '../api/types';

interface ProductTermsProps {
  type: ProductType;
  termMonths?: number | null;
  licensesPerUnit: number;
}

/** What one unit is: "12-month subscription · 5 licenses per unit", or a one-time license. */
export function ProductTerms({ type, termMonths, licensesPerUnit }: ProductTermsProps) {
  const { t } = useTranslation();
  const parts = [
    type === 'SUBSCRIPTION' && termMonths
      ? t('shop.terms.subscription', { months: termMonths })
      : t('shop.terms.oneTime'),
    t('shop.terms.licenses', { licenses: licensesPerUnit }),
  ];
  return (
    <span className="muted" data-testid="product-terms">
      {parts.join(' · ')}
    </span>
  );
}
