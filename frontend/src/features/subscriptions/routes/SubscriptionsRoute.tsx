import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** Placeholder until the subscriptions feature arrives: an honest empty state, not fake data. */
export function SubscriptionsRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('subscriptions.title')}</h1>
      <EmptyState title={t('subscriptions.empty')} text={t('subscriptions.emptyHint')} testId="subscriptions-empty" />
    </section>
  );
}
