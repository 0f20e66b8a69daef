import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CurrentCompanyContext } from '@/lib/current-company';
import { fakeApi, json, problem } from '@/lib/testing/fake-api';
import { LicenseOverviewRoute } from './LicenseOverviewRoute';

const COMPANY = { companyId: '0f8fad5b-d9cb-469f-a165-70867728950e', companyName: 'Acme Tools GmbH', role: 'ADMIN' as const };
const BASE = `/api/v1/companies/${COMPANY.companyId}/license-overview`;

const row = {
  subscriptionId: '5a000000-0000-4000-8000-000000000001',
  subscriptionNumber: 'SUB-000123',
  productCode: 'PROFIS-ENGINEERING',
  productName: 'PROFIS Engineering Suite',
  status: 'ACTIVE',
  termStart: '2026-11-22',
  termEnd: '2027-11-21',
  nextRenewalDate: '2027-11-22',
  quantity: 5,
  seatsUsedToday: 2,
  seatsFreeToday: 3,
  holders: [
    { email: 'alice.admin@acme.example', name: 'Alice Admin', validFrom: '2026-11-22', validUntil: null, today: true },
    { email: 'new@acme.example', name: null, validFrom: '2027-01-01', validUntil: null, today: false },
  ],
  invoiceNumbers: ['INV-2026-000042'],
  orderNumber: 'ORD-2026-000007',
};

function renderRoute() {
  return render(
    <MemoryRouter>
      <CurrentCompanyContext value={COMPANY}>
        <LicenseOverviewRoute />
      </CurrentCompanyContext>
    </MemoryRouter>,
  );
}

describe('LicenseOverviewRoute', () => {
  it('shows every subscription with its period, seats used and free, holders and numbers', async () => {
    fakeApi({ [`GET ${BASE}`]: () => json({ items: [row], next: null, today: '2026-11-29' }) });
    renderRoute();

    const found = await screen.findByTestId('overview-row');
    expect(found).toHaveAttribute('data-number', 'SUB-000123');
    expect(within(found).getByTestId('overview-period')).toHaveTextContent('Nov 22, 2026 – Nov 21, 2027');
    expect(within(found).getByTestId('overview-seats')).toHaveTextContent('2 used, 3 free (of 5)');
    expect(within(found).getAllByTestId('overview-holder').map((h) => h.textContent)).toEqual([
      'Alice Admin (alice.admin@acme.example)',
      'new@acme.example · from Jan 1, 2027',
    ]);
    expect(within(found).getByTestId('overview-invoices')).toHaveTextContent('INV-2026-000042');
    expect(found).toHaveTextContent('ORD-2026-000007');
    expect(within(found).getByRole('link', { name: 'SUB-000123' })).toHaveAttribute('href', `/subscriptions/${row.subscriptionId}`);
  });

  it('downloads the CSV through the API client', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json({ items: [row], next: null, today: '2026-11-29' }),
      [`GET ${BASE}/export`]: () => new Response('\uFEFFSubscription number\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/overview');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderRoute();

    await screen.findByTestId('overview-row');
    await userEvent.click(screen.getByTestId('license-overview-download'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^licenses-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(api.matching('GET', `${BASE}/export`)[0]!.headers.get('Accept')).toBe('text/csv');
  });

  it('tells a member that only admins see the overview', async () => {
    fakeApi({ [`GET ${BASE}`]: () => problem(403, '/problems/forbidden', 'Forbidden', 'Only an admin of this company may do this.') });
    renderRoute();

    expect(await screen.findByTestId('license-overview-forbidden')).toHaveTextContent('Only company admins');
    expect(screen.queryByTestId('license-overview-download')).not.toBeInTheDocument();
  });
});
