import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LicensesRoute } from './LicensesRoute';

function answer(body: unknown, status = 200) {
  const fetch = vi.fn(
    async (..._args: [Request, RequestInit?]) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('LicensesRoute', () => {
  it('lists my licenses with product, subscription, company, period and state', async () => {
    const fetch = answer([
      {
        seatId: '9e000000-0000-4000-8000-000000000001',
        productCode: 'ON-TRACK',
        productName: 'ON!Track Asset Management',
        subscriptionNumber: 'SUB-000007',
        companyName: 'Acme Tools GmbH',
        validFrom: '2026-12-01',
        validUntil: '2026-12-31',
        state: 'ACTIVE',
      },
      {
        seatId: '9e000000-0000-4000-8000-000000000002',
        productCode: 'PROFIS-ENGINEERING',
        productName: 'PROFIS Engineering Suite',
        subscriptionNumber: 'SUB-000123',
        companyName: 'Acme Tools GmbH',
        validFrom: '2027-01-01',
        validUntil: null,
        state: 'SCHEDULED',
      },
    ]);
    render(<LicensesRoute />);

    const rows = await screen.findAllByTestId('license-row');
    expect(rows.map((r) => r.dataset.product)).toEqual(['ON-TRACK', 'PROFIS-ENGINEERING']);
    const first = within(rows[0]!);
    expect(first.getByText('ON!Track Asset Management')).toBeInTheDocument();
    expect(first.getByText('SUB-000007')).toBeInTheDocument();
    expect(first.getByText('Acme Tools GmbH')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Dec 1, 2026 – Dec 31, 2026');
    expect(first.getByTestId('license-state')).toHaveTextContent('Active');
    expect(rows[1]).toHaveTextContent('from Jan 1, 2027, no end date');
    expect(within(rows[1]!).getByTestId('license-state')).toHaveTextContent('Scheduled');
    expect(screen.queryByTestId('licenses-empty')).not.toBeInTheDocument();
    expect(new URL(fetch.mock.calls[0]![0].url).pathname).toBe('/api/v1/me/licenses');
  });

  it('explains how licenses arrive when there are none', async () => {
    answer([]);
    render(<LicensesRoute />);

    const empty = await screen.findByTestId('licenses-empty');
    expect(empty).toHaveTextContent('You have no licenses yet');
    expect(empty).toHaveTextContent('assigns licenses by email address');
    expect(empty).toHaveTextContent('once you sign in with that address');
    expect(screen.queryByTestId('license-row')).not.toBeInTheDocument();
  });
});
