import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useMyLicenses } from '../api/list-my-licenses';
import { LicensesTable } from '../components/LicensesTable';

/**
 * `/licenses` ("My licenses"): the seats assigned to the signed-in person's email, current and coming; company admins
 * find the company-wide overview from here.
 */
export function LicensesRoute() {
  const { t } = useTranslation();
  const licenses = useMyLicenses();
  const company = useCurrentCompany();
  const items = licenses.data ?? [];
  return (
    <section className="page" data-testid="licenses-page">
      <div className="page__header">
        <h1>{t('licenses.title')}</h1>
        {company?.role === 'ADMIN' && (
          <Link to="/licenses/overview" className="button" data-testid="licenses-to-overview">
            {t('licenseOverview.link', { company: company.companyName })}
          </Link>
        )}
      </div>
      <ProblemAlert error={licenses.error} />
      {licenses.loading && !licenses.data && <Loading />}
      {items.length > 0 && <LicensesTable licenses={items} />}
      {licenses.data && items.length === 0 && (
        <EmptyState title={t('licenses.empty')} text={t('licenses.emptyHint')} testId="licenses-empty" />
      )}
    </section>
  );
}
