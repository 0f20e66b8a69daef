import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** Placeholder until the orders feature arrives: an honest empty state, not fake data. */
export function OrdersRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('orders.title')}</h1>
      <EmptyState title={t('orders.empty')} text={t('orders.emptyHint')} testId="orders-empty" />
    </section>
  );
}
