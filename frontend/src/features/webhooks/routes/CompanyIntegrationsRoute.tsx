import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentCompany } from '@/lib/current-company';
import { WebhooksPanel } from '../components/WebhooksPanel';

/** `/company/integrations`: the company's webhook endpoints, for its admins (others get 403 from the API). */
export function CompanyIntegrationsRoute() {
  const { t } = useTranslation();
  const current = useCurrentCompany();
  if (!current) return null;
  return (
    <section className="page" data-testid="integrations-page">
      <p>
        <Link to="/company">{t('company.audit.back')}</Link>
      </p>
      <h1>{t('webhooks.companyHeading')}</h1>
      <WebhooksPanel key={current.companyId} scope={{ kind: 'company', companyId: current.companyId }} />
    </section>
  );
}
