import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fixtures';
import { renderAt } from '../test/render';
import { TaxRatesRoute } from './TaxRatesRoute';

async function bodyOf(request: Request) {
  return (await request.json()) as unknown;
}

describe('TaxRatesRoute', () => {
  it('saves a rate edited in its row as basis points and shows the new rate', async () => {
    const api = fakeApi({
      'GET /api/v1/catalog/tax-rates': () => json([{ country: 'DE', rateBasisPoints: 1900 }, { country: 'IT', rateBasisPoints: 2200 }]),
      'PUT /api/v1/catalog/tax-rates/IT': () => json({ country: 'IT', rateBasisPoints: 2250 }),
    });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    const italy = (await screen.findAllByTestId('tax-rate-row'))[1]!;
    expect(italy).toHaveTextContent('22%');
    await userEvent.click(within(italy).getByTestId('tax-rate-edit-button'));
    const percent = within(italy).getByTestId('tax-rate-edit-percent');
    expect(percent).toHaveValue('22');
    await userEvent.clear(percent);
    await userEvent.type(percent, '22.5');
    await userEvent.click(within(italy).getByTestId('tax-rate-edit-save'));

    expect(await within(italy).findByTestId('tax-rate-value')).toHaveTextContent('22.5%');
    expect(await bodyOf(api.matching('PUT', '/api/v1/catalog/tax-rates/IT')[0]!)).toEqual({ rateBasisPoints: 2250 });
  });

  it('adds a country with its rate', async () => {
    const api = fakeApi({
      'GET /api/v1/catalog/tax-rates': () => json([{ country: 'DE', rateBasisPoints: 1900 }]),
      'PUT /api/v1/catalog/tax-rates/AT': () => json({ country: 'AT', rateBasisPoints: 2000 }),
    });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    await screen.findByTestId('tax-rates');
    await userEvent.type(screen.getByTestId('tax-rate-add-country'), 'at');
    await userEvent.type(screen.getByTestId('tax-rate-add-percent'), '20');
    await userEvent.click(screen.getByTestId('tax-rate-add-save'));

    expect(await screen.findByText('AT')).toBeInTheDocument();
    expect(screen.getAllByTestId('tax-rate-row').map((r) => r.dataset.country)).toEqual(['AT', 'DE']);
    expect(await bodyOf(api.matching('PUT', '/api/v1/catalog/tax-rates/AT')[0]!)).toEqual({ rateBasisPoints: 2000 });
  });

  it('does not send a rate that is no percentage', async () => {
    const api = fakeApi({ 'GET /api/v1/catalog/tax-rates': () => json([]) });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    await userEvent.type(await screen.findByTestId('tax-rate-add-country'), 'AT');
    await userEvent.type(screen.getByTestId('tax-rate-add-percent'), 'twenty');
    await userEvent.click(screen.getByTestId('tax-rate-add-save'));

    expect(await screen.findByTestId('tax-rate-add-percent-error')).toHaveTextContent('Enter a percentage');
    expect(api.matching('PUT', '/api/v1/catalog/tax-rates/AT')).toHaveLength(0);
  });
});
