import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCreditAccount } from '../api/get-credit-account';
import { isForbidden } from '../utils/problems';
import { Amount } from './Amount';

/** The company's prepaid balance with a link to the statement. */
export function CreditBox({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const credit = useCreditAccount(companyId);
  // Plain customers never had prepaid credit: no box for them.
  if (isForbidden(credit.error) || (credit.data && !credit.data.hasAccount)) return null;
  return (
    <section className="card credit-box" aria-labelledby="credit-box-heading" data-testid="credit-box">
      <h2 id="credit-box-heading">{t('shop.creditBox.heading')}</h2>
      <ProblemAlert error={credit.error} />
      {credit.data && (
        <p className="credit-box__balance">
          <Amount money={credit.data.balance} testId="credit-box-balance" />
        </p>
      )}
      <Link to="/credit" data-testid="credit-statement-link">
        {t('shop.creditBox.statement')}
      </Link>
    </section>
  );
}
