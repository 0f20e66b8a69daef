import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** What a company member (not an admin) sees instead of the cart, checkout, orders or credit: the server said 403. */
export function BuyersOnly() {
  const { t } = useTranslation();
  return <EmptyState title={t('shop.buyersOnly.title')} text={t('shop.buyersOnly.text')} testId="buyers-only" />;
}
