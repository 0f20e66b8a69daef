import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMyLicenses } from '../api/list-my-licenses';
import { LicensesTable } from '../components/LicensesTable';

/** `/licenses` ("My licenses"): the seats assigned to the signed-in person's email, current and coming. */
export function LicensesRoute() {
  const { t } = useTranslation();
  const licenses = useMyLicenses();
  const items = licenses.data ?? [];
  return (
    <section className="page" data-testid="licenses-page">
      <h1>{t('licenses.title')}</h1>
      <ProblemAlert error={licenses.error} />
      {licenses.loading && !licenses.data && <Loading />}
      {items.length > 0 && <LicensesTable licenses={items} />}
      {licenses.data && items.length === 0 && (
        <EmptyState title={t('licenses.empty')} text={t('licenses.emptyHint')} testId="licenses-empty" />
      )}
    </section>
  );
}
