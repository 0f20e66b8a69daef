import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { useCurrentCompany } from '@/lib/current-company';
import { formatInstant, formatMoney } from '@/lib/format';
import { useCreditAccount } from '../api/get-credit-account';
import { useCreditEntries } from '../api/list-credit-entries';
import type { CreditEntry } from '../api/types';
import { Amount } from '../components/Amount';
import { BuyersOnly } from '../components/BuyersOnly';
import { isForbidden } from '../utils/problems';

/** A signed change for people: "+500.00 €" for money in, "−41.85 €" for money out. */
function signedChange(entry: CreditEntry, language: string): string {
  const amount = formatMoney({ amount: Math.abs(entry.change), currency: entry.currency }, language);
  return entry.change < 0 ? `−${amount}` : `+${amount}`;
}

/** `/credit`: the prepaid balance and the statement, every movement newest first with the balance after it. */
export function CreditRoute() {
  const { t, i18n } = useTranslation();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const account = useCreditAccount(companyId);
  const entries = useCreditEntries(companyId);

  if (!companyId) return null;
  const forbidden = isForbidden(account.error) || isForbidden(entries.error);
  const empty = !entries.loading && !entries.error && entries.items.length === 0;
  return (
    <section className="page" data-testid="credit-page">
      <p>
        <Link to="/orders">{t('orders.backToList')}</Link>
      </p>
      <h1>{t('shop.credit.title')}</h1>
      {forbidden ? (
        <BuyersOnly />
      ) : (
        <>
          <ProblemAlert error={account.error} />
          {account.data && (
            <p className="card credit-banner">
              {t('shop.credit.balance')} <Amount money={account.data.balance} testId="credit-balance" />
            </p>
          )}
          <section className="card" aria-labelledby="credit-entries-heading">
            <h2 id="credit-entries-heading">{t('shop.credit.statement')}</h2>
            <ProblemAlert error={entries.error} />
            {entries.items.length > 0 && (
              <ScrollBox label={t('shop.credit.statement')}>
                <table className="table" data-testid="credit-entries">
                  <thead>
                    <tr>
                      <th scope="col">{t('shop.credit.when')}</th>
                      <th scope="col">{t('shop.credit.kind')}</th>
                      <th scope="col">{t('shop.credit.reason')}</th>
                      <th scope="col" className="table__number">
                        {t('shop.credit.change')}
                      </th>
                      <th scope="col" className="table__number">
                        {t('shop.credit.balanceAfter')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.items.map((e) => (
                      <tr key={e.id} data-testid="credit-entry" data-kind={e.kind} data-change={e.change}>
                        <td>{formatInstant(e.occurredAt, i18n.language)}</td>
                        <td>{t(`shop.credit.kinds.${e.kind}`)}</td>
                        <td>
                          {e.reason}
                          {e.orderId && (
                            <>
                              {' '}
                              <Link to={`/orders/${e.orderId}`} data-testid="credit-entry-order">
                                {t('shop.credit.viewOrder')}
                              </Link>
                            </>
                          )}
                          {e.by && <div className="muted field-hint">{t('shop.credit.by', { name: e.by })}</div>}
                        </td>
                        <td className={`table__number ${e.change < 0 ? 'amount--out' : 'amount--in'}`}>
                          {signedChange(e, i18n.language)}
                        </td>
                        <td className="table__number">
                          <Amount money={e.balanceAfter} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
            {entries.loading && entries.items.length === 0 && <Loading />}
            {empty && <EmptyState title={t('shop.credit.empty')} testId="credit-empty" />}
            <LoadMore hasMore={entries.hasMore} loading={entries.loading} onLoadMore={entries.loadMore} testId="credit-load-more" />
          </section>
        </>
      )}
    </section>
  );
}
