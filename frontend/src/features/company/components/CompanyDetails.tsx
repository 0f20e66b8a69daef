import { useTranslation } from 'react-i18next';
import type { Company } from '../api/types';

/** The company's details, read-only; the country is the tax country, which only the vendor changes. */
export function CompanyDetails({ company }: { company: Company }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="company-details-heading" className="card" data-testid="company-details">
      <h2 id="company-details-heading">{t('company.details.heading')}</h2>
      <dl className="details">
        <dt>{t('company.details.name')}</dt>
        <dd data-testid="company-name">{company.name}</dd>
        <dt>{t('company.details.country')}</dt>
        <dd data-testid="company-country">
          {company.country} <span className="muted">{t('company.details.countryHint')}</span>
        </dd>
        <dt>{t('company.details.taxId')}</dt>
        <dd>{company.taxId || t('company.details.notSet')}</dd>
        <dt>{t('company.details.kind')}</dt>
        <dd>{t(`kinds.${company.kind}`)}</dd>
      </dl>
    </section>
  );
}
