import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { companySearch, pickCompany } from '@/lib/testing/company-picker';
import { COMPANY_ID, fakeApi, json } from '../test/fixtures';
import { renderAt } from '../test/render';
import { CustomerOverviewRoute } from './CustomerOverviewRoute';

const page = (items: unknown[]) => () => json({ items, next: null });

describe('CustomerOverviewRoute', () => {
  it('shows the picked company with its credit, subscriptions, orders, contracts, tickets and members', async () => {
    const api = fakeApi({
      ...companySearch({ id: COMPANY_ID, name: 'Resello Partners S.r.l.', taxId: 'IT01234567890' }),
      [`GET /api/v1/companies/${COMPANY_ID}`]: () =>
        json({ id: COMPANY_ID, name: 'Resello Partners S.r.l.', country: 'IT', taxId: 'IT01234567890', locale: 'it', timeZone: 'Europe/Rome', kind: 'RESELLER', actions: { update: false, manageMembers: false, viewAuditTrail: false } }),
      [`GET /api/v1/credit-accounts/${COMPANY_ID}`]: () => json({ companyId: COMPANY_ID, hasAccount: true, balance: { amount: 50000, currency: 'EUR' } }),
      'GET /api/v1/subscriptions': page([]),
      'GET /api/v1/orders': page([{ id: 'o1', number: 'ORD-2026-000001', status: 'FULFILLED', placedAt: '2026-11-20T10:00:00Z', placedBy: 'Rita', total: { amount: 4900, currency: 'EUR' }, paymentMethod: 'CREDIT', lines: [], pendingActivation: 0 }]),
      'GET /api/v1/support-contracts': page([]),
      'GET /api/v1/tickets': page([]),
      [`GET /api/v1/companies/${COMPANY_ID}/members`]: page([{ userId: 'u1', email: 'rita.reseller@resello.example', firstName: 'Rita', lastName: 'Rossi', role: 'ADMIN', joinedAt: '2026-01-01T00:00:00Z', caller: false, actions: { changeRole: false, remove: false } }]),
    });
    renderAt('/backoffice/customers', '/backoffice/customers', <CustomerOverviewRoute />);
    expect(screen.getByTestId('customer-none')).toBeInTheDocument();

    await pickCompany('customer-picker', 'resello', 'Resello Partners');

    expect(await screen.findByTestId('customer-name')).toHaveTextContent('Resello Partners S.r.l.');
    expect(await screen.findByTestId('customer-credit')).toHaveTextContent('€500.00');
    expect(within(screen.getByTestId('customer-details')).getByText('Italy')).toBeInTheDocument();
    expect(await screen.findByTestId('customer-order')).toHaveTextContent('ORD-2026-000001');
    expect(await screen.findByTestId('customer-member')).toHaveTextContent('rita.reseller@resello.example');
    expect(new URL(api.matching('GET', '/api/v1/tickets')[0]!.url).searchParams.get('companyId')).toBe(COMPANY_ID);
    expect(screen.getByTestId('customer-picker')).toHaveValue('Resello Partners S.r.l.');

    // another company is picked by typing again over the name shown
    await userEvent.clear(screen.getByTestId('customer-picker'));
    await pickCompany('customer-picker', 'res', 'Resello Partners');
    expect(screen.getByTestId('customer-picker')).toHaveValue('Resello Partners S.r.l.');
    expect(api.matching('GET', '/api/v1/companies').length).toBeGreaterThanOrEqual(2);
  });
});
