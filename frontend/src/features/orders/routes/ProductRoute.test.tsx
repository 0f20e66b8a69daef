import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY, REMOTE_SIGNATURE_ID, SPID_ID, VIDEO_ID, cart, cartLine, fakeApi, json, problem, remoteSignature } from '../test/fixtures';
import { renderAt } from '../test/render';
import { ProductRoute } from './ProductRoute';

const PRODUCT = `/api/v1/products/${REMOTE_SIGNATURE_ID}`;
const LINES = `/api/v1/carts/${COMPANY.companyId}/lines`;

function renderRoute() {
  return renderAt(`/catalog/${REMOTE_SIGNATURE_ID}`, '/catalog/:productId', <ProductRoute />);
}

describe('ProductRoute', () => {
  it('shows the chosen variant’s list price, reseller discount, net price, VAT and gross price', async () => {
    const api = fakeApi({ [`GET ${PRODUCT}`]: () => json(remoteSignature()) });
    renderRoute();

    await userEvent.click(await screen.findByTestId('variant-SPID'));
    const breakdown = screen.getByTestId('price-breakdown');
    expect(within(breakdown).getByTestId('price-list')).toHaveTextContent('€49.00');
    expect(within(breakdown).getByTestId('price-list').querySelector('s')).not.toBeNull();
    expect(within(breakdown).getByTestId('price-discount-rate')).toHaveTextContent('30%');
    expect(within(breakdown).getByTestId('price-discount')).toHaveTextContent('€14.70');
    expect(within(breakdown).getByTestId('price-net')).toHaveTextContent('€34.30');
    expect(within(breakdown).getByTestId('price-tax-rate')).toHaveTextContent('VAT 22%');
    expect(within(breakdown).getByTestId('price-tax')).toHaveTextContent('€7.55');
    expect(within(breakdown).getByTestId('price-gross')).toHaveAttribute('data-amount', '4185');

    await userEvent.click(screen.getByTestId('variant-VIDEO'));
    expect(screen.getByTestId('price-net')).toHaveTextContent('€41.30');

    const query = new URL(api.matching('GET', PRODUCT)[0]!.url).searchParams;
    expect(query.get('companyId')).toBe(COMPANY.companyId);
    expect(query.get('language')).toBe('en');
  });

  it('offers a variant without a price for the company’s country as not available', async () => {
    fakeApi({ [`GET ${PRODUCT}`]: () => json(remoteSignature()) });
    renderRoute();

    const inPerson = await screen.findByTestId('variant-IN-PERSON');
    expect(inPerson).toBeDisabled();
    expect(inPerson.closest('label')).toHaveTextContent('Not available in your country');
  });

  it('Buy now adds the chosen variant and quantity to the cart, then opens the cart', async () => {
    const api = fakeApi({
      [`GET ${PRODUCT}`]: () => json(remoteSignature()),
      [`POST ${LINES}`]: () => json(cart([cartLine({ variantId: VIDEO_ID, quantity: 3 })])),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('variant-VIDEO'));
    await userEvent.clear(screen.getByTestId('quantity'));
    await userEvent.type(screen.getByTestId('quantity'), '3');
    expect(screen.getByTestId('buy-now')).toHaveTextContent('Activate now');
    await userEvent.click(screen.getByTestId('buy-now'));

    expect(await screen.findByTestId('landed')).toHaveTextContent('/cart');
    expect(await api.matching('POST', LINES)[0]!.json()).toEqual({ variantId: VIDEO_ID, quantity: 3 });
  });

  it('refuses a quantity outside 1 to 1000 without asking the server', async () => {
    const api = fakeApi({ [`GET ${PRODUCT}`]: () => json(remoteSignature()) });
    renderRoute();

    await userEvent.clear(await screen.findByTestId('quantity'));
    await userEvent.type(screen.getByTestId('quantity'), '1001');

    expect(screen.getByTestId('quantity-error')).toHaveTextContent('from 1 to 1000');
    expect(screen.getByTestId('add-to-cart')).toBeDisabled();
    expect(api.matching('POST', LINES)).toHaveLength(0);
  });

  it('tells a company member that only admins can buy when the server refuses the cart', async () => {
    fakeApi({
      [`GET ${PRODUCT}`]: () => json(remoteSignature()),
      [`POST ${LINES}`]: () => problem(403, '/problems/forbidden', 'Forbidden', 'Only the company’s admins buy for it.'),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('add-to-cart'));

    expect(await screen.findByTestId('buyers-only')).toHaveTextContent('Only company admins can buy');
    expect(screen.queryByTestId('added-to-cart')).not.toBeInTheDocument();
  });

  it('Add to cart keeps the person on the page and confirms what was added', async () => {
    const api = fakeApi({
      [`GET ${PRODUCT}`]: () => json(remoteSignature()),
      [`POST ${LINES}`]: () => json(cart([cartLine()])),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('add-to-cart'));

    expect(await screen.findByTestId('added-to-cart')).toHaveTextContent('Added 1 × Identification with SPID');
    expect(await api.matching('POST', LINES)[0]!.json()).toEqual({ variantId: SPID_ID, quantity: 1 });
  });
});
