import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY, ORDER_ID, fakeApi, json } from '../test/fixtures';
import { renderAt } from '../test/render';
import { CreditRoute } from './CreditRoute';

const ACCOUNT = `/api/v1/credit-accounts/${COMPANY.companyId}`;

describe('CreditRoute', () => {
  it('shows the balance and every movement signed, with a link to the order it paid', async () => {
    fakeApi({
      [`GET ${ACCOUNT}`]: () => json({ companyId: COMPANY.companyId, hasAccount: true, balance: { amount: 45815, currency: 'EUR' } }),
      [`GET ${ACCOUNT}/entries`]: () =>
        json({
          items: [
            {
              id: 'e2',
              occurredAt: '2026-11-22T10:00:00Z',
              kind: 'PURCHASE',
              change: -4185,
              currency: 'EUR',
              balanceAfter: { amount: 45815, currency: 'EUR' },
              reason: 'Order ORD-2026-000042',
              orderId: ORDER_ID,
              by: 'Rita Rossi',
            },
            {
              id: 'e1',
              occurredAt: '2026-11-01T08:00:00Z',
              kind: 'TOP_UP',
              change: 50000,
              currency: 'EUR',
              balanceAfter: { amount: 50000, currency: 'EUR' },
              reason: 'Opening balance (demo data)',
              orderId: null,
              by: 'Portico',
            },
          ],
          next: null,
        }),
    });
    renderAt('/credit', '/credit', <CreditRoute />);

    expect(await screen.findByTestId('credit-balance')).toHaveTextContent('€458.15');
    const [purchase, topUp] = await screen.findAllByTestId('credit-entry');
    expect(purchase).toHaveTextContent('Purchase');
    expect(purchase).toHaveTextContent('−€41.85');
    expect(within(purchase!).getByTestId('credit-entry-order')).toHaveAttribute('href', `/orders/${ORDER_ID}`);
    expect(topUp).toHaveTextContent('Top-up');
    expect(topUp).toHaveTextContent('+€500.00');
    expect(within(topUp!).queryByTestId('credit-entry-order')).not.toBeInTheDocument();
  });
});
