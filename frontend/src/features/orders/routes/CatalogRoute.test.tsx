import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY, REMOTE_SIGNATURE_ID, anchorLibrary, fakeApi, json, remoteSignature } from '../test/fixtures';
import { renderAt } from '../test/render';
import { CatalogRoute } from './CatalogRoute';

describe('CatalogRoute', () => {
  it('shows each product from its lowest net price, the list price struck through with the reseller discount', async () => {
    const api = fakeApi({
      'GET /api/v1/products': () =>
        json({
          items: [
            remoteSignature(),
            anchorLibrary({ variants: [{ id: 'v', code: 'STANDARD', name: 'Standard', price: null }] }),
          ],
          next: null,
        }),
    });
    renderAt('/catalog', '/catalog', <CatalogRoute />);

    const card = await screen.findByTestId('product-REMOTE-SIGNATURE');
    expect(within(card).getByTestId('product-from-price')).toHaveTextContent('€34.30');
    expect(within(card).getByTestId('product-list-price').querySelector('s')).toHaveTextContent('€49.00');
    expect(within(card).getByTestId('product-discount')).toHaveTextContent('30% off');
    expect(within(card).getByTestId('product-open')).toHaveAttribute('href', `/catalog/${REMOTE_SIGNATURE_ID}`);

    const unsold = screen.getByTestId('product-ANCHOR-LIBRARY');
    expect(within(unsold).getByTestId('product-not-available')).toHaveTextContent('Not available in your country');
    expect(within(unsold).queryByTestId('product-from-price')).not.toBeInTheDocument();

    const query = new URL(api.calls[0]!.url).searchParams;
    expect(query.get('companyId')).toBe(COMPANY.companyId);
    expect(query.get('language')).toBe('en');
  });
});
