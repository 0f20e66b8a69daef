import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductDefinition } from '../api/types';
import { fakeApi, json, problem, PRODUCT_ID, REMOTE_SIGNATURE } from '../test/fixtures';
import { renderAt } from '../test/render';
import { ProductEditRoute } from './ProductEditRoute';

const PRODUCT = `/api/v1/catalog/products/${PRODUCT_ID}`;

function renderEdit() {
  return renderAt(`/backoffice/products/${PRODUCT_ID}`, '/backoffice/products/:id', <ProductEditRoute />);
}

describe('ProductEditRoute', () => {
  it('saves with the ETag it read as If-Match, and after a 412 offers to reload the product', async () => {
    const changed = { ...REMOTE_SIGNATURE, names: { en: 'Remote signature (changed elsewhere)' } };
    const api = fakeApi({
      [`GET ${PRODUCT}`]: [() => json(REMOTE_SIGNATURE, 200, { ETag: '"v1"' }), () => json(changed, 200, { ETag: '"v2"' })],
      [`PUT ${PRODUCT}`]: () => problem(412, '/problems/precondition-failed', 'Precondition failed', 'The product was changed meanwhile.'),
    });
    renderEdit();

    const name = await screen.findByTestId('product-name-en');
    expect(name).toHaveValue('Remote signature');
    expect(screen.getByTestId('variant-0-price-0-amount')).toHaveValue('49.00');
    await userEvent.clear(name);
    await userEvent.type(name, 'Remote signature Pro');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('product-stale')).toHaveTextContent('Someone else changed this product');
    const [put] = api.matching('PUT', PRODUCT);
    expect(put!.headers.get('If-Match')).toBe('"v1"');
    const sent = (await put!.json()) as ProductDefinition;
    expect(sent.names).toEqual({ en: 'Remote signature Pro', it: 'Firma remota' });
    expect(sent.variants[0]!.prices[0]).toEqual({ country: 'IT', price: { amount: 4900, currency: 'EUR' } });

    await userEvent.click(screen.getByTestId('product-reload'));
    expect(await screen.findByDisplayValue('Remote signature (changed elsewhere)')).toBeInTheDocument();
    expect(screen.queryByTestId('product-stale')).not.toBeInTheDocument();
  });

  it('shows a 422 error for a price’s country at that country input, and one no input shows in the alert', async () => {
    fakeApi({
      [`GET ${PRODUCT}`]: () => json(REMOTE_SIGNATURE, 200, { ETag: '"v1"' }),
      [`PUT ${PRODUCT}`]: () =>
        problem(422, '/problems/validation', 'Invalid', 'Some fields are not valid', [
          { field: 'variants[0].prices[0].country', message: 'must be an ISO country code' },
          { field: 'variants', message: 'codes must be unique' },
        ]),
    });
    renderEdit();

    await screen.findByTestId('product-form');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('variant-0-price-0-country-error')).toHaveTextContent('must be an ISO country code');
    expect(screen.queryByTestId('variant-0-price-1-country-error')).not.toBeInTheDocument();
    const alert = screen.getByTestId('problem-alert');
    expect(alert).toHaveTextContent('variants: codes must be unique');
    expect(alert).not.toHaveTextContent('must be an ISO country code');
  });

  it('does not put a variant’s name error on the product’s name', async () => {
    fakeApi({
      [`GET ${PRODUCT}`]: () => json(REMOTE_SIGNATURE, 200, { ETag: '"v1"' }),
      [`PUT ${PRODUCT}`]: () =>
        problem(422, '/problems/validation', 'Invalid', 'Some fields are not valid', [{ field: 'variants[0].names.en', message: 'must not be blank' }]),
    });
    renderEdit();

    await screen.findByTestId('product-form');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('variant-0-name-en-error')).toHaveTextContent('must not be blank');
    expect(screen.queryByTestId('product-name-en-error')).not.toBeInTheDocument();
  });

  it('creates a product with its prices in minor units and opens it', async () => {
    const api = fakeApi({
      'POST /api/v1/catalog/products': () => json(REMOTE_SIGNATURE, 201),
    });
    renderAt('/backoffice/products/new', '/backoffice/products/new', <ProductEditRoute />);

    await userEvent.type(screen.getByTestId('product-code'), 'REMOTE-SIGNATURE');
    await userEvent.type(screen.getByTestId('product-name-en'), 'Remote signature');
    await userEvent.type(screen.getByTestId('variant-0-code'), 'SPID');
    await userEvent.type(screen.getByTestId('variant-0-name-en'), 'With SPID');
    await userEvent.type(screen.getByTestId('variant-0-price-0-country'), 'it');
    await userEvent.type(screen.getByTestId('variant-0-price-0-amount'), '49.00');
    await userEvent.click(screen.getByTestId('variant-0-add-price'));
    await userEvent.type(screen.getByTestId('variant-0-price-1-country'), 'JP');
    await userEvent.clear(screen.getByTestId('variant-0-price-1-currency'));
    await userEvent.type(screen.getByTestId('variant-0-price-1-currency'), 'JPY');
    await userEvent.type(screen.getByTestId('variant-0-price-1-amount'), '7500');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('landed')).toHaveTextContent(`/backoffice/products/${PRODUCT_ID}`);
    const sent = (await api.matching('POST', '/api/v1/catalog/products')[0]!.json()) as ProductDefinition;
    expect(sent).toMatchObject({ code: 'REMOTE-SIGNATURE', type: 'SUBSCRIPTION', termMonths: 12, names: { en: 'Remote signature' } });
    expect(sent.variants[0]!.prices).toEqual([
      { country: 'IT', price: { amount: 4900, currency: 'EUR' } },
      { country: 'JP', price: { amount: 7500, currency: 'JPY' } },
    ]);
  });

  it('shows the detail when the product code is taken', async () => {
    fakeApi({
      'POST /api/v1/catalog/products': () => problem(409, '/problems/product-code-taken', 'Code taken', 'A product with code TOKEN exists.'),
    });
    renderAt('/backoffice/products/new', '/backoffice/products/new', <ProductEditRoute />);

    await userEvent.type(screen.getByTestId('variant-0-price-0-amount'), '10');
    await userEvent.click(screen.getByTestId('product-save'));

    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('A product with code TOKEN exists.');
  });
});
