import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, PRODUCT_ID, REMOTE_SIGNATURE, TOKEN } from '../test/fixtures';
import { renderAt } from '../test/render';
import { ProductsRoute } from './ProductsRoute';

describe('ProductsRoute', () => {
  it('lists every product with its English name, terms, variants and prices, each linked to its form', async () => {
    fakeApi({ 'GET /api/v1/catalog/products': () => json([REMOTE_SIGNATURE, TOKEN]) });
    renderAt('/backoffice/products', '/backoffice/products', <ProductsRoute />);

    const [remote, token] = await screen.findAllByTestId('backoffice-product-row');
    expect(remote).toHaveTextContent('Remote signature');
    expect(remote).toHaveTextContent('Subscription');
    expect(remote).toHaveTextContent('12 months');
    expect(remote).toHaveTextContent('SPID IT €49.00, SPID DE €59.00');
    expect(within(remote!).getByTestId('backoffice-product-variants')).toHaveTextContent('1');
    expect(within(remote!).getByTestId('backoffice-product-edit')).toHaveAttribute('href', `/backoffice/products/${PRODUCT_ID}`);
    expect(token).toHaveTextContent('One-time');
    expect(token).toHaveTextContent('No');
    expect(within(token!).getByTestId('backoffice-product-variants')).toHaveTextContent('0');
  });

  it('opens an empty form for a new product', async () => {
    fakeApi({ 'GET /api/v1/catalog/products': () => json([]) });
    renderAt('/backoffice/products', '/backoffice/products', <ProductsRoute />);

    expect(await screen.findByTestId('backoffice-products-empty')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('backoffice-product-new'));
    expect(screen.getByTestId('landed')).toHaveTextContent('/backoffice/products/new');
  });
});
