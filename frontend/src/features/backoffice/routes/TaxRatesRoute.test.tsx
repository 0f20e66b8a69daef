import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fixtures';
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

  it('adds a country chosen by its name in the reader\'s language: Germany is DE, never GE (Georgia)', async () => {
    const api = fakeApi({
      'GET /api/v1/catalog/tax-rates': () => json([{ country: 'AT', rateBasisPoints: 2000 }]),
      'PUT /api/v1/catalog/tax-rates/DE': () => json({ country: 'DE', rateBasisPoints: 1900 }),
    });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    await screen.findByTestId('tax-rates');
    const country = screen.getByTestId('tax-rate-add-country');
    expect(within(country).queryByRole('option', { name: 'Austria' })).toBeNull(); // it has a rate already
    await userEvent.selectOptions(country, 'Germany');
    await userEvent.type(screen.getByTestId('tax-rate-add-percent'), '19');
    await userEvent.click(screen.getByTestId('tax-rate-add-save'));

    expect(await screen.findByText('Germany')).toBeInTheDocument();
    expect(api.matching('PUT', '/api/v1/catalog/tax-rates/GE')).toHaveLength(0);
    expect(await bodyOf(api.matching('PUT', '/api/v1/catalog/tax-rates/DE')[0]!)).toEqual({ rateBasisPoints: 1900 });
  });

  it('explains a rate over 100 % in percent, and one the server refuses too, never in basis points', async () => {
    const api = fakeApi({
      'GET /api/v1/catalog/tax-rates': () => json([{ country: 'DE', rateBasisPoints: 1900 }]),
      'PUT /api/v1/catalog/tax-rates/DE': () =>
        problem(422, '/problems/validation', 'Invalid', 'rateBasisPoints must be at most 10000', [
          { field: 'rateBasisPoints', message: 'must be less than or equal to 10000' },
        ]),
    });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    const germany = (await screen.findAllByTestId('tax-rate-row'))[0]!;
    await userEvent.click(within(germany).getByTestId('tax-rate-edit-button'));
    const percent = within(germany).getByTestId('tax-rate-edit-percent');
    await userEvent.clear(percent);
    await userEvent.type(percent, '190');
    await userEvent.click(within(germany).getByTestId('tax-rate-edit-save'));
    expect(await within(germany).findByTestId('tax-rate-edit-percent-error')).toHaveTextContent('between 0 and 100');
    expect(api.matching('PUT', '/api/v1/catalog/tax-rates/DE')).toHaveLength(0);

    await userEvent.clear(percent);
    await userEvent.type(percent, '19.5');
    await userEvent.click(within(germany).getByTestId('tax-rate-edit-save'));
    await within(germany).findByTestId('tax-rate-edit-percent-error');
    expect(germany).not.toHaveTextContent(/basis|10000|rateBasisPoints/);
  });

  it('adds a country with its rate', async () => {
    const api = fakeApi({
      'GET /api/v1/catalog/tax-rates': () => json([{ country: 'DE', rateBasisPoints: 1900 }]),
      'PUT /api/v1/catalog/tax-rates/AT': () => json({ country: 'AT', rateBasisPoints: 2000 }),
    });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    await screen.findByTestId('tax-rates');
    await userEvent.selectOptions(screen.getByTestId('tax-rate-add-country'), 'AT');
    await userEvent.type(screen.getByTestId('tax-rate-add-percent'), '20');
    await userEvent.click(screen.getByTestId('tax-rate-add-save'));

    expect(await screen.findByText('Austria')).toBeInTheDocument();
    expect(screen.getAllByTestId('tax-rate-row').map((r) => r.dataset.country)).toEqual(['AT', 'DE']);
    expect(await bodyOf(api.matching('PUT', '/api/v1/catalog/tax-rates/AT')[0]!)).toEqual({ rateBasisPoints: 2000 });
  });

  it('does not send a rate that is no percentage', async () => {
    const api = fakeApi({ 'GET /api/v1/catalog/tax-rates': () => json([]) });
    renderAt('/backoffice/tax-rates', '/backoffice/tax-rates', <TaxRatesRoute />);

    await userEvent.selectOptions(await screen.findByTestId('tax-rate-add-country'), 'AT');
    await userEvent.type(screen.getByTestId('tax-rate-add-percent'), 'twenty');
    await userEvent.click(screen.getByTestId('tax-rate-add-save'));

    expect(await screen.findByTestId('tax-rate-add-percent-error')).toHaveTextContent('Enter a percentage');
    expect(api.matching('PUT', '/api/v1/catalog/tax-rates/AT')).toHaveLength(0);
  });
});
