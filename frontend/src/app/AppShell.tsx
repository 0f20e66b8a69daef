import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import {
  CompanySelector,
  getMe,
  LanguageSwitcher,
  NoCompany,
  pickCompany,
  rememberCompany,
  updateMyLocale,
  useMe,
  UserMenu,
} from '@/features/account';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSession } from '@/lib/auth';
import { isSupportedLanguage, type Language } from '@/lib/config';
import { CurrentCompanyContext } from '@/lib/current-company';
import { BACKOFFICE_ROLE, CurrentUserContext, SUPPORT_AGENT_ROLE, type CurrentUser } from '@/lib/current-user';
import { fullName } from '@/lib/format';

const NAV = ['subscriptions', 'licenses', 'catalog', 'cart', 'orders', 'support', 'company'] as const;
/**
 * What someone who belongs to no company can still open: the licenses assigned to their email, support, where
 * they link a support contract (which creates their company) or, as an agent, work the queue, and the back office
 * (its staff belong to no company; the server decides who may use it).
 */
const NAV_WITHOUT_COMPANY = ['licenses', 'support'] as const;
const PATHS_WITHOUT_COMPANY = ['/licenses', '/support', '/backoffice'];

function openWithoutCompany(pathname: string): boolean {
  return PATHS_WITHOUT_COMPANY.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

function isQueue(pathname: string): boolean {
  return pathname === '/support/queue' || pathname.startsWith('/support/queue/');
}

/** Moves the focus to the page's main content without touching the URL (the router owns it). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** A skip link, header (product, company, language, user menu), navigation, and the current page. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const me = useMe();
  const location = useLocation();
  const [chosenId, setChosenId] = useState<string | null>(null);

  const user = me.data?.me.user;
  const companies = useMemo(() => me.data?.me.companies ?? [], [me.data]);

  // The person's saved locale decides the language once we know it (also for mails).
  const savedLocale = user?.locale;
  useEffect(() => {
    if (isSupportedLanguage(savedLocale)) void i18n.changeLanguage(savedLocale);
  }, [savedLocale, i18n]);

  const company = useMemo(
    () => companies.find((c) => c.companyId === chosenId) ?? pickCompany(companies),
    [companies, chosenId],
  );
  const current = useMemo(
    () => (company ? { companyId: company.companyId, companyName: company.companyName, role: company.role } : null),
    [company],
  );

  const selectCompany = useCallback((companyId: string) => {
    rememberCompany(companyId);
    setChosenId(companyId);
  }, []);

  const etag = me.data?.etag ?? null;
  const setMe = me.setData;
  const roles = me.data?.me.roles;
  const agent = roles?.includes(SUPPORT_AGENT_ROLE) ?? false;
  const backoffice = roles?.includes(BACKOFFICE_ROLE) ?? false;
  const refresh = useCallback(async () => {
    const fresh = await getMe();
    setMe(() => fresh);
  }, [setMe]);
  const currentUser = useMemo<CurrentUser>(
    () => ({ roles: roles ?? [], taxId: session.taxId, refresh }),
    [roles, session.taxId, refresh],
  );
  const saveLanguage = useCallback(
    async (language: Language) => {
      const updated = await updateMyLocale(language, etag);
      setMe(() => updated);
    },
    [etag, setMe],
  );

  return (
    <div className="app">
      {/* the first thing the keyboard reaches: past the header and the navigation, straight to the page */}
      <a className="skip-link" href="#main" onClick={skipToMain} data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link className="app-header__brand" to="/">
          {t('app.name')}
        </Link>
        <div className="app-header__tools">
          {company && companies.length > 0 && (
            <CompanySelector companies={companies} selectedId={company.companyId} onSelect={selectCompany} />
          )}
          <LanguageSwitcher onSave={saveLanguage} />
          <UserMenu
            name={user ? fullName(user) : session.displayName}
            onChangePassword={() => void session.changePassword()}
            onSignOut={() => void session.signOut()}
          />
        </div>
      </header>
      {me.data && (
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {(current ? NAV : NAV_WITHOUT_COMPANY).map((item) => (
              <li key={item}>
                <NavLink
                  to={`/${item}`}
                  // the queue has an entry of its own: Support is not highlighted there too
                  className={({ isActive }) => (isActive && !(item === 'support' && isQueue(location.pathname)) ? 'active' : '')}
                  data-testid={`nav-${item}`}
                >
                  {t(`nav.${item}`)}
                </NavLink>
              </li>
            ))}
            {agent && (
              <li>
                <NavLink to="/support/queue" data-testid="nav-queue">
                  {t('nav.queue')}
                </NavLink>
              </li>
            )}
            {backoffice && (
              <li>
                <NavLink to="/backoffice" data-testid="nav-backoffice">
                  {t('nav.backoffice')}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {me.error ? (
          <ProblemAlert error={me.error} />
        ) : !me.data ? (
          <Loading />
        ) : !current && backoffice && location.pathname === '/' ? (
          // back-office staff belong to no company: their start page is the back office
          <Navigate to="/backoffice" replace />
        ) : !current && agent && location.pathname === '/' ? (
          // an agent usually belongs to no company: their start page is the queue
          <Navigate to="/support/queue" replace />
        ) : !current && !openWithoutCompany(location.pathname) ? (
          <NoCompany email={me.data.me.user.email} />
        ) : (
          // the same tree with or without a company, so that a page that creates the company keeps its state
          <CurrentUserContext value={currentUser}>
            <CurrentCompanyContext value={current}>
              <Outlet />
            </CurrentCompanyContext>
          </CurrentUserContext>
        )}
      </main>
    </div>
  );
}
