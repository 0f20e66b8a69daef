import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** The empty list, with the usual reasons a subscription is not visible (as in the old portal's FAQ). */
export function NotVisibleHelp({ companyName, filtered }: { companyName: string; filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-testid="subscriptions-empty">
      <EmptyState
        title={filtered ? t('subscriptions.emptyFiltered') : t('subscriptions.empty')}
        text={t('subscriptions.notVisible.heading')}
      />
      <ul className="empty-state__reasons" data-testid="subscriptions-not-visible">
        <li>{t('subscriptions.notVisible.otherEmail')}</li>
        <li>{t('subscriptions.notVisible.otherCompany', { company: companyName })}</li>
        <li>{t('subscriptions.notVisible.notActivated')}</li>
        <li>{t('subscriptions.notVisible.ended')}</li>
      </ul>
    </div>
  );
}
