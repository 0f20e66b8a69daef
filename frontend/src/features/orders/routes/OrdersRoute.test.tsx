import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY, ORDER_ID, fakeApi, json, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { OrdersRoute } from './OrdersRoute';

function summary(id: string, number: string, pendingActivation = 0) {
  return {
    id,
    number,
    status: 'FULFILLED',
    placedAt: '2026-11-22T10:00:00Z',
    placedBy: 'Rita Rossi',
    total: { amount: 4185, currency: 'EUR' },
    paymentMethod: 'CREDIT',
    lines: ['1 × Remote signature — Identification with SPID'],
    pendingActivation,
  };
}

function renderRoute() {
  return renderAt('/orders', '/orders', <OrdersRoute />);
}

describe('OrdersRoute', () => {
  it('shows no credit box to a company that never had prepaid credit', async () => {
    fakeApi({
      'GET /api/v1/orders': () => json({ items: [summary(ORDER_ID, 'ORD-2026-000042')], next: null }),
      [`GET /api/v1/credit-accounts/${COMPANY.companyId}`]: () =>
        json({ companyId: COMPANY.companyId, hasAccount: false, balance: { amount: 0, currency: 'EUR' } }),
      'GET /api/v1/license-keys': () => json({ items: [], next: null }),
    });
    renderRoute();

    await screen.findByTestId('order-row');
    await waitFor(() => expect(screen.queryByTestId('credit-box')).not.toBeInTheDocument());
  });

  it('shows the balance with the statement link, the orders page by page, and the license keys', async () => {
    const api = fakeApi({
      'GET /api/v1/orders': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? json({ items: [summary('b', 'ORD-2026-000001')], next: null })
          : json({ items: [summary(ORDER_ID, 'ORD-2026-000042', 1)], next: 'page-2' }),
      [`GET /api/v1/credit-accounts/${COMPANY.companyId}`]: () =>
        json({ companyId: COMPANY.companyId, hasAccount: true, balance: { amount: 45815, currency: 'EUR' } }),
      'GET /api/v1/license-keys': () =>
        json({
          items: [
            {
              itemId: 'k1',
              licenseKey: 'AB12-CD34',
              description: 'Anchor design library (perpetual)',
              orderId: ORDER_ID,
              orderNumber: 'ORD-2026-000042',
              purchasedAt: '2026-11-22T10:00:00Z',
            },
          ],
          next: null,
        }),
    });
    renderRoute();

    const row = await screen.findByTestId('order-row');
    expect(row).toHaveAttribute('data-number', 'ORD-2026-000042');
    expect(within(row).getByTestId('order-row-pending')).toHaveTextContent('Awaiting activation: 1');
    expect(within(row).getByRole('link', { name: 'ORD-2026-000042' })).toHaveAttribute('href', `/orders/${ORDER_ID}`);
    expect(new URL(api.matching('GET', '/api/v1/orders')[0]!.url).searchParams.get('companyId')).toBe(COMPANY.companyId);
    expect(await screen.findByTestId('credit-box-balance')).toHaveTextContent('€458.15');
    expect(screen.getByTestId('credit-statement-link')).toHaveAttribute('href', '/credit');
    expect(await screen.findByTestId('license-key')).toHaveTextContent('AB12-CD34');

    await userEvent.click(screen.getByTestId('orders-load-more'));
    await screen.findByText('ORD-2026-000001');
    expect(screen.getAllByTestId('order-row').map((r) => r.dataset.number)).toEqual(['ORD-2026-000042', 'ORD-2026-000001']);
  });

  it('tells a company member that only admins can see the orders', async () => {
    const forbidden = () => problem(403, '/problems/forbidden', 'Forbidden', 'Only the company’s admins buy for it.');
    fakeApi({
      'GET /api/v1/orders': forbidden,
      [`GET /api/v1/credit-accounts/${COMPANY.companyId}`]: forbidden,
      'GET /api/v1/license-keys': forbidden,
    });
    renderRoute();

    expect(await screen.findByTestId('buyers-only')).toBeInTheDocument();
    expect(screen.queryByTestId('problem-alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('credit-box')).not.toBeInTheDocument();
  });
});
