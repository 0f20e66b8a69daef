import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY, ORDER_ID, fakeApi, json, order } from '../test/fixtures';
import { renderAt } from '../test/render';
import { OrderSuccessRoute } from './OrderSuccessRoute';

function renderRoute() {
  return renderAt(`/orders/${ORDER_ID}/success`, '/orders/:id/success', <OrderSuccessRoute />);
}

describe('OrderSuccessRoute', () => {
  it('confirms the purchase with the order number, the total and the new prepaid balance', async () => {
    fakeApi({
      [`GET /api/v1/orders/${ORDER_ID}`]: () => json(order()),
      [`GET /api/v1/credit-accounts/${COMPANY.companyId}`]: () =>
        json({ companyId: COMPANY.companyId, hasAccount: true, balance: { amount: 45815, currency: 'EUR' } }),
    });
    renderRoute();

    expect(await screen.findByText('Purchase completed')).toBeInTheDocument();
    expect(screen.getByText(/you will shortly receive a summary email/)).toBeInTheDocument();
    expect(screen.getByTestId('success-order-number')).toHaveTextContent('ORD-2026-000042');
    expect(screen.getByTestId('success-total')).toHaveTextContent('€41.85');
    expect(await screen.findByTestId('success-balance')).toHaveAttribute('data-amount', '45815');
    expect(screen.getByTestId('success-view-order')).toHaveAttribute('href', `/orders/${ORDER_ID}`);
    expect(screen.getByTestId('success-to-orders')).toHaveAttribute('href', '/orders');
  });

  it('does not show a balance for an order paid otherwise', async () => {
    const api = fakeApi({
      [`GET /api/v1/orders/${ORDER_ID}`]: () =>
        json(order(undefined, { payment: { method: 'CARD', display: 'Visa •••• 4242', poNumber: null, paid: true } })),
    });
    renderRoute();

    expect(await screen.findByTestId('success-payment')).toHaveTextContent('Card — Visa •••• 4242');
    expect(screen.queryByTestId('success-balance')).not.toBeInTheDocument();
    expect(api.matching('GET', `/api/v1/credit-accounts/${COMPANY.companyId}`)).toHaveLength(0);
  });
});
