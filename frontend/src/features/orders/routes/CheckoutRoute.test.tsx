import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPANY, ORDER_ID, cart, cartLine, company, fakeApi, json, order, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { CheckoutRoute } from './CheckoutRoute';

const CART = `/api/v1/carts/${COMPANY.companyId}`;
const COMPANY_URL = `/api/v1/companies/${COMPANY.companyId}`;
const ORDERS = '/api/v1/orders';

function renderRoute() {
  return renderAt('/checkout', '/checkout', <CheckoutRoute />);
}

const oneSpid = () => json(cart([cartLine()]));

/** Types into a field in one go (pasting), which keeps the tests fast. */
async function fill(testId: string, text: string) {
  const field = screen.getByTestId(testId);
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('CheckoutRoute', () => {
  it('does not place the order until the billing data is confirmed', async () => {
    const api = fakeApi({ [`GET ${CART}`]: oneSpid, [`GET ${COMPANY_URL}`]: () => json(company()) });
    renderRoute();

    await userEvent.click(await screen.findByTestId('place-order'));

    expect(screen.getByTestId('billing-confirm-error')).toHaveTextContent('Please confirm that the billing data is correct.');
    expect(screen.getByTestId('billing-confirm')).toHaveAttribute('aria-invalid', 'true');
    expect(api.matching('POST', ORDERS)).toHaveLength(0);
  });

  it('places the order with the billing data, credit, the total seen and an Idempotency-Key, then shows the success page', async () => {
    const api = fakeApi({
      [`GET ${CART}`]: oneSpid,
      [`GET ${COMPANY_URL}`]: () => json(company()),
      [`POST ${ORDERS}`]: () => json(order(), 201),
    });
    renderRoute();

    expect(await screen.findByTestId('checkout-balance-amount')).toHaveAttribute('data-amount', '50000');
    expect(await screen.findByTestId('billing-name')).toHaveValue('Resello Partners S.r.l.');
    expect(screen.getByTestId('payment-CREDIT')).toBeChecked();
    expect(screen.getByTestId('credit-balance-after')).toHaveTextContent('€458.15');
    await fill('billing-street', 'Via Dante 7');
    await userEvent.click(screen.getByTestId('billing-confirm'));
    await userEvent.click(screen.getByTestId('place-order'));

    expect(await screen.findByTestId('landed')).toHaveTextContent(`/orders/${ORDER_ID}/success`);
    const [post] = api.matching('POST', ORDERS);
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await post!.json()).toEqual({
      companyId: COMPANY.companyId,
      billingDataConfirmed: true,
      billing: { name: 'Resello Partners S.r.l.', street: 'Via Dante 7', postalCode: '20121', city: 'Milano', taxId: 'IT01234567897' },
      payment: { method: 'CREDIT' },
      expectedTotal: { amount: 4185, currency: 'EUR' },
    });
  });

  it('retrying after a network error or a server error reuses the Idempotency-Key; a changed form gets a new one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the alert logs errors that are not API problems
    const api = fakeApi({
      [`GET ${CART}`]: oneSpid,
      [`GET ${COMPANY_URL}`]: () => json(company()),
      [`POST ${ORDERS}`]: [
        () => {
          throw new TypeError('Failed to fetch');
        },
        () => problem(500, '/problems/internal-error', 'Something went wrong on our side', 'Try again.'),
        () => problem(402, '/problems/payment-declined', 'The payment was declined', 'The card was declined.'),
        () => json(order(), 201),
      ],
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('payment-CARD'));
    await fill('card-number', '4000 0000 0000 0002');
    await fill('card-expiry-month', '12');
    await fill('card-expiry-year', '2030');
    await fill('card-holder', 'Rita Rossi');
    await userEvent.click(screen.getByTestId('billing-confirm'));

    await userEvent.click(screen.getByTestId('place-order'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    await userEvent.click(screen.getByTestId('place-order'));
    expect(await screen.findByText('Try again.')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('place-order'));
    expect(await screen.findByText('The card was declined.')).toBeInTheDocument();

    await fill('card-number', '4242 4242 4242 4242');
    await userEvent.click(screen.getByTestId('place-order'));
    await screen.findByTestId('landed');

    const keys = api.matching('POST', ORDERS).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(4);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
    expect((await api.matching('POST', ORDERS)[3]!.json()).payment).toEqual({
      method: 'CARD',
      card: { number: '4242 4242 4242 4242', expiryMonth: 12, expiryYear: 2030, holder: 'Rita Rossi' },
    });
  });

  it('shows why the prepaid credit is not enough', async () => {
    fakeApi({
      [`GET ${CART}`]: () => json(cart([cartLine({ quantity: 20 })], {}, 50_000)),
      [`GET ${COMPANY_URL}`]: () => json(company()),
      [`POST ${ORDERS}`]: () =>
        problem(422, 'https://portico.example/problems/insufficient-credit', 'Not enough prepaid credit', 'This order needs 837.00 EUR; your credit is 500.00 EUR.'),
    });
    renderRoute();

    expect(await screen.findByTestId('credit-insufficient')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('billing-confirm'));
    await userEvent.click(screen.getByTestId('place-order'));

    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveTextContent('Not enough prepaid credit');
    expect(alert).toHaveTextContent('This order needs 837.00 EUR; your credit is 500.00 EUR.');
  });

  it('shows a field error next to its field: the PO number paying on invoice', async () => {
    fakeApi({
      [`GET ${CART}`]: oneSpid,
      [`GET ${COMPANY_URL}`]: () => json(company()),
      [`POST ${ORDERS}`]: () =>
        problem(422, '/problems/validation', 'Some fields are not valid', 'The checkout has errors.', [
          { field: 'payment.poNumber', message: 'is required when paying on invoice' },
        ]),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('payment-INVOICE'));
    await userEvent.click(screen.getByTestId('billing-confirm'));
    await userEvent.click(screen.getByTestId('place-order'));

    expect(await screen.findByTestId('po-number-error')).toHaveTextContent('is required when paying on invoice');
    expect(screen.getByTestId('po-number')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('problem-alert')).not.toHaveTextContent('payment.poNumber');
  });

  it('when the cart changed meanwhile, reads it again and asks the buyer to check the new total', async () => {
    const api = fakeApi({
      [`GET ${CART}`]: [oneSpid, () => json(cart([cartLine({ quantity: 2 })]))],
      [`GET ${COMPANY_URL}`]: () => json(company()),
      [`POST ${ORDERS}`]: [
        () => problem(409, '/problems/cart-changed', 'The cart’s total changed — review it again', 'Your cart now costs 83.69 EUR instead of 41.85 EUR.'),
        () => json(order(), 201),
      ],
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('billing-confirm'));
    await userEvent.click(screen.getByTestId('place-order'));

    expect(await screen.findByTestId('checkout-cart-changed')).toBeInTheDocument();
    expect(screen.getByTestId('problem-alert')).toHaveTextContent('Your cart now costs 83.69 EUR instead of 41.85 EUR.');
    await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent('€83.69'));

    await userEvent.click(screen.getByTestId('place-order'));
    await screen.findByTestId('landed');
    const posts = api.matching('POST', ORDERS);
    expect((await posts[1]!.json()).expectedTotal).toEqual({ amount: 8369, currency: 'EUR' });
    expect(posts[1]!.headers.get('Idempotency-Key')).not.toBe(posts[0]!.headers.get('Idempotency-Key'));
  });

  it('does not offer prepaid credit when the company has none', async () => {
    fakeApi({ [`GET ${CART}`]: () => json(cart([cartLine()], {}, null)), [`GET ${COMPANY_URL}`]: () => json(company()) });
    renderRoute();

    expect(await screen.findByTestId('payment-CARD')).toBeChecked();
    expect(screen.queryByTestId('payment-CREDIT')).not.toBeInTheDocument();
    expect(screen.queryByTestId('checkout-balance')).not.toBeInTheDocument();
  });
});
