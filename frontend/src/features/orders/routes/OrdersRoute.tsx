import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useOrders } from '../api/list-orders';
import { BuyersOnly } from '../components/BuyersOnly';
import { CreditBox } from '../components/CreditBox';
import { LicenseKeysSection } from '../components/LicenseKeysSection';
import { OrdersTable } from '../components/OrdersTable';
import { isForbidden } from '../utils/problems';

/** `/orders`, the customer area: the prepaid balance, the company's orders (newest first) and its license keys. */
export function OrdersRoute() {
  const { t } = useTranslation();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const orders = useOrders(companyId);

  if (!companyId) return null;
  if (isForbidden(orders.error)) {
    return (
      <section className="page" data-testid="orders-page">
        <h1>{t('orders.title')}</h1>
        <BuyersOnly />
      </section>
    );
  }
  const empty = !orders.loading && !orders.error && orders.items.length === 0;
  return (
    <section className="page" data-testid="orders-page">
      <div className="page__header">
        <h1>{t('orders.title')}</h1>
        <Link to="/catalog" className="button" data-testid="orders-to-catalog">
          {t('orders.toCatalog')}
        </Link>
      </div>
      <CreditBox companyId={companyId} />
      <section className="card" aria-labelledby="orders-heading">
        <h2 id="orders-heading">{t('orders.list.heading')}</h2>
        <ProblemAlert error={orders.error} />
        {orders.items.length > 0 && <OrdersTable orders={orders.items} />}
        {orders.loading && orders.items.length === 0 && <Loading />}
        {empty && <EmptyState title={t('orders.empty')} text={t('orders.emptyHint')} testId="orders-empty" />}
        <LoadMore hasMore={orders.hasMore} loading={orders.loading} onLoadMore={orders.loadMore} testId="orders-load-more" />
      </section>
      <LicenseKeysSection companyId={companyId} />
    </section>
  );
}
