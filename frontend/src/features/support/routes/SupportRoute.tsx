import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** Placeholder until the support feature arrives: an honest empty state, not fake data. */
export function SupportRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('support.title')}</h1>
      <EmptyState title={t('support.empty')} text={t('support.emptyHint')} testId="support-empty" />
    </section>
  );
}
