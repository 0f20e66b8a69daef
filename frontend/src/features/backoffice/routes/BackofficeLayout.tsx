import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

const TABS = [
  { to: '/backoffice/customers', key: 'customers' },
  { to: '/backoffice/products', key: 'products' },
  { to: '/backoffice/tax-rates', key: 'taxRates' },
  { to: '/backoffice/discounts', key: 'discounts' },
  { to: '/backoffice/credit', key: 'credit' },
  { to: '/backoffice/webhooks', key: 'webhooks' },
] as const;

/** `/backoffice/*`: customers, the catalog, tax rates, reseller discounts and credit top-ups, for the back office. */
export function BackofficeLayout() {
  const { t } = useTranslation();
  return (
    <section className="page backoffice" data-testid="backoffice-page">
      <h1>{t('backoffice.title')}</h1>
      <nav className="tabs" aria-label={t('backoffice.tabs.label')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <NavLink to={tab.to} data-testid={`backoffice-tab-${tab.key}`}>
                {t(`backoffice.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </section>
  );
}
