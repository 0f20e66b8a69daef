import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useCurrentCompany } from '@/lib/current-company';
import { saveBlob } from '@/lib/download';
import { exportLicenseOverview, useLicenseOverview } from '../api/license-overview';
import { LicenseOverviewTable } from '../components/LicenseOverviewTable';

/**
 * `/licenses/overview` (company admins, seed 003): every subscription of the company with its period, seats used and
 * free today, holders, invoice and subscription numbers, and the whole overview as a CSV file.
 */
export function LicenseOverviewRoute() {
  const { t } = useTranslation();
  const company = useCurrentCompany();
  const companyId = company?.companyId ?? null;
  const overview = useLicenseOverview(companyId);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  if (!companyId) return null;
  const forbidden = overview.error instanceof ApiProblem && overview.error.status === 403;

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      const csv = await exportLicenseOverview(companyId!);
      saveBlob(csv, `licenses-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  }

  const empty = !overview.loading && !overview.error && overview.items.length === 0;
  return (
    <section className="page" data-testid="license-overview-page">
      <p>
        <Link to="/licenses" data-testid="license-overview-back">
          {t('licenseOverview.back')}
        </Link>
      </p>
      <div className="page__header">
        <h1>{t('licenseOverview.title')}</h1>
        {!forbidden && (
          <button
            type="button"
            className="button"
            onClick={() => void download()}
            disabled={downloading}
            aria-busy={downloading || undefined}
            data-testid="license-overview-download"
          >
            {downloading ? t('licenseOverview.downloading') : t('licenseOverview.download')}
          </button>
        )}
      </div>
      {forbidden ? (
        <EmptyState title={t('licenseOverview.adminsOnly')} text={t('licenseOverview.adminsOnlyHint')} testId="license-overview-forbidden" />
      ) : (
        <>
          <p className="muted">{t('licenseOverview.intro', { company: company?.companyName ?? '' })}</p>
          <ProblemAlert error={downloadError} />
          <ProblemAlert error={overview.error} />
          {overview.items.length > 0 && <LicenseOverviewTable rows={overview.items} />}
          {overview.loading && overview.items.length === 0 && <Loading />}
          {empty && <EmptyState title={t('licenseOverview.empty')} text={t('licenseOverview.emptyHint')} testId="license-overview-empty" />}
          <LoadMore
            hasMore={overview.hasMore}
            loading={overview.loading}
            onLoadMore={overview.loadMore}
            testId="license-overview-load-more"
          />
        </>
      )}
    </section>
  );
}
