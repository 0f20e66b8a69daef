import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoCompany({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <section className="no-company" data-testid="no-company">
      <h1>{t('noCompany.title')}</h1>
      <p>{t('noCompany.text', { email })}</p>
      <p>
        <Link to="/licenses" data-testid="no-company-licenses">
          {t('noCompany.licensesHint')}
        </Link>
      </p>
      <p>
        <Link to="/support" data-testid="no-company-support">
          {t('noCompany.supportHint')}
        </Link>
      </p>
    </section>
  );
}
