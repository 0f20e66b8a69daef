import { useTranslation } from 'react-i18next';
import type { CartCredit } from '../api/types';
import { Amount } from './Amount';

/** The prepaid balance now and after paying the cart with it, with a warning when it does not cover the cart. */
export function CreditSummary({ credit }: { credit: CartCredit }) {
  const { t } = useTranslation();
  return (
    <div className="credit-summary" data-testid="credit-summary" data-sufficient={credit.sufficient}>
      <p>
        {t('shop.credit.balance')} <Amount money={credit.balance} testId="credit-balance-before" />
        {credit.sufficient && (
          <>
            {' — '}
            {t('shop.credit.after')} <Amount money={credit.balanceAfter} testId="credit-balance-after" />
          </>
        )}
      </p>
      {!credit.sufficient && (
        <p className="notice-text" role="status" data-testid="credit-insufficient">
          {t('shop.credit.insufficient')} {t('shop.credit.shortfall')}{' '}
          <Amount money={credit.shortfall} testId="credit-shortfall" />
        </p>
      )}
    </div>
  );
}
