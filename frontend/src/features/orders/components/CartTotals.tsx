import { useTranslation } from 'react-i18next';
import type { Cart } from '../api/types';
import { Amount } from './Amount';

/** The cart's net, VAT and total as the server computed them. */
export function CartTotals({ cart }: { cart: Cart }) {
  const { t } = useTranslation();
  if (!cart.total) return null;
  return (
    <dl className="details totals" data-testid="cart-totals">
      <dt>{t('shop.totals.net')}</dt>
      <dd>
        <Amount money={cart.net} testId="cart-net" />
      </dd>
      <dt>{t('shop.totals.tax')}</dt>
      <dd>
        <Amount money={cart.tax} testId="cart-tax" />
      </dd>
      <dt className="totals__total">{t('shop.totals.total')}</dt>
      <dd className="totals__total">
        <Amount money={cart.total} testId="cart-total" />
      </dd>
    </dl>
  );
}
