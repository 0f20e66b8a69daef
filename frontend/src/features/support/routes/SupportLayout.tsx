import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useCurrentCompany } from '@/lib/current-company';
import { useIsSupportAgent } from '@/lib/current-user';

/**
 * `/support/*`: the support area with its tabs. Dashboard for everyone (it is where a person without a company
 * verifies their account), contracts and tickets of the current company, and the queue for support agents.
 */
export function SupportLayout() {
  const { t } = useTranslation();
  const company = useCurrentCompany();
  const agent = useIsSupportAgent();
  const tabs = [
    { to: '/support', key: 'dashboard', end: true, show: !!company || !agent },
    { to: '/support/contracts', key: 'contracts', end: false, show: !!company },
    { to: '/support/tickets', key: 'tickets', end: false, show: !!company },
    { to: '/support/queue', key: 'queue', end: false, show: agent },
  ].filter((tab) => tab.show);
  return (
    <section className="page support" data-testid="support-page">
      <h1>{t('support.title')}</h1>
      <nav className="tabs" aria-label={t('support.tabs.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.key}>
              <NavLink to={tab.to} end={tab.end} data-testid={`support-tab-${tab.key}`}>
                {t(`support.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </section>
  );
}
