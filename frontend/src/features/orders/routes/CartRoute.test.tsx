import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY, cart, cartLine, fakeApi, json, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { CartRoute } from './CartRoute';

const CART = `/api/v1/carts/${COMPANY.companyId}`;

function renderRoute() {
  return renderAt('/cart', '/cart', <CartRoute />);
}

function lineRow(id: string) {
  const row = screen.getAllByTestId('cart-line').find((r) => r.dataset.lineId === id);
  if (!row) throw new Error(`no cart line ${id}`);
  return row;
}

describe('CartRoute', () => {
  it('tells the buyer when a line’s price changed since it was added, from what to what', async () => {
    const changed = cartLine({ priceChanged: true, previousUnitPrice: { amount: 3920, currency: 'EUR' } });
    fakeApi({ [`GET ${CART}`]: () => json(cart([changed, cartLine()])) });
    renderRoute();

    const notice = await within(await screen.findByTestId('cart-table')).findByTestId('cart-line-price-changed');
    expect(notice).toHaveTextContent('The price changed since you added this: was €39.20, now €34.30');
    expect(screen.getAllByTestId('cart-line-price-changed')).toHaveLength(1);
    expect(screen.getByTestId('proceed-to-checkout')).toBeEnabled();
  });

  it('flags a line no longer for sale and disables checkout until it is removed', async () => {
    const gone = cartLine({
      available: false,
      productId: null,
      productCode: null,
      description: 'No longer available',
      unitPrice: null,
      net: null,
      tax: null,
      total: null,
    });
    const kept = cartLine();
    const api = fakeApi({
      [`GET ${CART}`]: () => json(cart([kept, gone])),
      [`DELETE ${CART}/lines/${gone.id}`]: () => json(cart([kept])),
    });
    renderRoute();

    await screen.findByTestId('cart-table');
    expect(within(lineRow(gone.id)).getByTestId('cart-line-unavailable')).toHaveTextContent('No longer available to your company');
    expect(screen.getByTestId('cart-remove-unavailable')).toBeInTheDocument();
    expect(screen.getByTestId('proceed-to-checkout')).toBeDisabled();

    await userEvent.click(within(lineRow(gone.id)).getByTestId('cart-line-remove'));

    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    expect(api.matching('DELETE', `${CART}/lines/${gone.id}`)).toHaveLength(1);
    expect(screen.queryByTestId('cart-remove-unavailable')).not.toBeInTheDocument();
    expect(screen.getByTestId('proceed-to-checkout')).toBeEnabled();
  });

  it('changes a line’s quantity and shows the totals the server computed', async () => {
    const line = cartLine();
    const api = fakeApi({
      [`GET ${CART}`]: () => json(cart([line])),
      [`PUT ${CART}/lines/${line.id}`]: () => json(cart([cartLine({ id: line.id, quantity: 2 })])),
    });
    renderRoute();

    expect(await screen.findByTestId('cart-total')).toHaveTextContent('€41.85');
    expect(screen.getByTestId('cart-line-unit-price')).toHaveTextContent('€34.30');
    expect(screen.getByTestId('cart-line-discount')).toHaveTextContent('30%');
    await userEvent.clear(screen.getByTestId('cart-line-quantity'));
    await userEvent.type(screen.getByTestId('cart-line-quantity'), '2');
    await userEvent.click(screen.getByTestId('cart-line-update'));

    await waitFor(() => expect(screen.getByTestId('cart-total')).toHaveTextContent('€83.69'));
    expect(await api.matching('PUT', `${CART}/lines/${line.id}`)[0]!.json()).toEqual({ quantity: 2 });
    expect(screen.getByTestId('cart-net')).toHaveTextContent('€68.60');
    expect(screen.getByTestId('cart-tax')).toHaveTextContent('€15.09');
    expect(screen.queryByTestId('cart-line-update')).not.toBeInTheDocument();
  });

  it('shows the prepaid balance before and after the purchase, and warns when it does not cover it', async () => {
    fakeApi({ [`GET ${CART}`]: [() => json(cart([cartLine()])), () => json(cart([cartLine()], {}, 1000))] });
    const { unmount } = renderRoute();

    const summary = await screen.findByTestId('credit-summary');
    expect(summary).toHaveTextContent('Your prepaid balance: €500.00 — after this purchase: €458.15');
    expect(screen.queryByTestId('credit-insufficient')).not.toBeInTheDocument();
    unmount();

    renderRoute();
    expect(await screen.findByTestId('credit-insufficient')).toHaveTextContent('does not cover this purchase');
    expect(screen.getByTestId('credit-balance-before')).toHaveTextContent('€10.00');
  });

  it('an empty cart links to the catalog', async () => {
    fakeApi({ [`GET ${CART}`]: () => json(cart([])) });
    renderRoute();

    expect(await screen.findByTestId('cart-empty')).toHaveTextContent('Your cart is empty');
    await userEvent.click(screen.getByTestId('cart-to-catalog'));
    expect(await screen.findByTestId('landed')).toHaveTextContent('/catalog');
  });

  it('tells a company member that only admins can buy', async () => {
    fakeApi({ [`GET ${CART}`]: () => problem(403, '/problems/forbidden', 'Forbidden', 'Only the company’s admins buy for it.') });
    renderRoute();

    expect(await screen.findByTestId('buyers-only')).toHaveTextContent('Ask one of them to order for you');
    expect(screen.queryByTestId('problem-alert')).not.toBeInTheDocument();
  });
});
