import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';

/** Placeholder until the licenses feature arrives: an honest empty state, not fake data. */
export function LicensesRoute() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('licenses.title')}</h1>
      <EmptyState title={t('licenses.empty')} text={t('licenses.emptyHint')} testId="licenses-empty" />
    </section>
  );
}
