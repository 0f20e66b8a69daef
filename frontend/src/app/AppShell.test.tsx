import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { returnUrl, SessionContext, type Session } from '@/lib/auth';
import { useCurrentCompany } from '@/lib/current-company';
import { useCurrentUser } from '@/lib/current-user';
import { fakeApi, json } from '@/lib/testing/fake-api';
import { AppShell } from './AppShell';

const session: Session = {
  accountUrl: 'http://sso.test/realms/portico/account',
  changePassword: vi.fn(async () => {}),
  displayName: 'Nina Nowak',
  taxId: '7740001454',
  signOut: vi.fn(async () => {}),
};

const NORDIC = { companyId: 'c0000000-0000-4000-a000-0000000000f1', companyName: 'Nordic Frames sp. z o.o.', kind: 'CUSTOMER', role: 'ADMIN' };

function me(roles: string[], companies: object[] = []) {
  return json({ user: { id: '5a0f0c3e-0000-4000-a000-0000000000aa', email: 'nina@nordic-frames.example', locale: 'en' }, roles, companies });
}

/** Stands in for the support area: shows what the shell hands to features, and lets the test refresh the person. */
function SupportStub() {
  const company = useCurrentCompany();
  const user = useCurrentUser();
  return (
    <div data-testid="support-stub">
      <span data-testid="stub-company">{company?.companyName ?? 'none'}</span>
      <span data-testid="stub-tax-id">{user?.taxId}</span>
      <button type="button" onClick={() => void user?.refresh()}>
        refresh
      </button>
    </div>
  );
}

function renderShell(path: string) {
  return render(
    <SessionContext value={session}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route element={<AppShell />}>
            <Route path="support/*" element={<SupportStub />} />
            <Route path="subscriptions" element={<p data-testid="subscriptions-stub" />} />
            <Route path="backoffice/*" element={<p data-testid="backoffice-stub" />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </SessionContext>,
  );
}

describe('AppShell', () => {
  it('lets someone without a company into support, and after a claim created their company shows it everywhere', async () => {
    fakeApi({ 'GET /api/v1/me': [() => me(['customer']), () => me(['customer'], [NORDIC])] });
    renderShell('/support');

    expect(await screen.findByTestId('stub-company')).toHaveTextContent('none');
    expect(screen.getByTestId('stub-tax-id')).toHaveTextContent('7740001454');
    expect(screen.getByTestId('nav-support')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-subscriptions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-queue')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'refresh' }));

    await waitFor(() => expect(screen.getByTestId('stub-company')).toHaveTextContent('Nordic Frames sp. z o.o.'));
    expect(screen.getByTestId('company-selector')).toHaveValue(NORDIC.companyId);
    expect(screen.getByTestId('nav-subscriptions')).toBeInTheDocument();
  });

  it('still tells someone without a company that pages of a company need one', async () => {
    fakeApi({ 'GET /api/v1/me': () => me(['customer']) });
    renderShell('/subscriptions');

    expect(await screen.findByTestId('no-company')).toBeInTheDocument();
    expect(screen.getByTestId('no-company-support')).toHaveAttribute('href', '/support');
  });

  it('offers the queue to support agents only', async () => {
    fakeApi({ 'GET /api/v1/me': () => me(['support-agent']) });
    renderShell('/support/queue');

    expect(await screen.findByTestId('nav-queue')).toHaveAttribute('href', '/support/queue');
    expect(screen.getByTestId('support-stub')).toBeInTheDocument();
  });

  it('offers the back office to back-office staff only, who belong to no company', async () => {
    fakeApi({ 'GET /api/v1/me': () => me(['backoffice']) });
    renderShell('/backoffice/products');

    expect(await screen.findByTestId('nav-backoffice')).toHaveAttribute('href', '/backoffice');
    expect(screen.getByTestId('backoffice-stub')).toBeInTheDocument();
    expect(screen.queryByTestId('no-company')).not.toBeInTheDocument();
  });

  it('offers no back office to customers', async () => {
    fakeApi({ 'GET /api/v1/me': () => me(['customer'], [NORDIC]) });
    renderShell('/subscriptions');

    await screen.findByTestId('subscriptions-stub');
    expect(screen.queryByTestId('nav-backoffice')).not.toBeInTheDocument();
  });

  it('changes the password through Keycloak’s update-password action, not the account console', async () => {
    fakeApi({ 'GET /api/v1/me': () => me(['customer'], [NORDIC]) });
    renderShell('/support');

    await screen.findByTestId('support-stub');
    await userEvent.click(screen.getByTestId('user-menu'));
    await userEvent.click(screen.getByTestId('change-password'));
    expect(session.changePassword).toHaveBeenCalledTimes(1);
  });

  it('comes back to the page it started from, without the previous action’s status', () => {
    expect(returnUrl('http://portal.test/licenses/overview?x=1&kc_action_status=success#top')).toBe(
      'http://portal.test/licenses/overview?x=1#top',
    );
  });
});
