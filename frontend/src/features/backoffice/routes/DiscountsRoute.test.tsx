import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ID, fakeApi, json, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { companySearch, pickCompany } from '@/lib/testing/company-picker';
import { DiscountsRoute } from './DiscountsRoute';

const DISCOUNTS = '/api/v1/catalog/reseller-discounts';

function renderDiscounts() {
  return renderAt('/backoffice/discounts', '/backoffice/discounts', <DiscountsRoute />);
}

describe('DiscountsRoute', () => {
  it('saves the whole list, with the rows added and without the rows removed', async () => {
    const api = fakeApi({
      [`GET ${DISCOUNTS}`]: () =>
        json([
          { tier: 'GOLD', percentBasisPoints: 3000 },
          { tier: 'SILVER', productCode: 'TOKEN', percentBasisPoints: 1000 },
        ]),
      [`PUT ${DISCOUNTS}`]: (request) => request.json().then((body) => json(body)),
    });
    renderDiscounts();

    expect(await screen.findByTestId('discount-0-percent')).toHaveValue('30');
    await userEvent.click(screen.getByTestId('discount-1-remove'));
    await userEvent.click(screen.getByTestId('discount-add'));
    await userEvent.type(screen.getByTestId('discount-1-tier'), 'gold');
    await userEvent.type(screen.getByTestId('discount-1-product'), 'REMOTE-SIGNATURE');
    await userEvent.type(screen.getByTestId('discount-1-percent'), '32.5');
    await userEvent.click(screen.getByTestId('discounts-save'));

    expect(await screen.findByTestId('discounts-saved')).toBeInTheDocument();
    expect(await api.matching('PUT', DISCOUNTS)[0]!.json()).toEqual([
      { tier: 'GOLD', percentBasisPoints: 3000 },
      { tier: 'GOLD', productCode: 'REMOTE-SIGNATURE', percentBasisPoints: 3250 },
    ]);
  });

  it('shows a 422 error of a row next to that row’s input', async () => {
    fakeApi({
      [`GET ${DISCOUNTS}`]: () => json([{ tier: 'GOLD', productCode: 'NOPE', percentBasisPoints: 3000 }]),
      [`PUT ${DISCOUNTS}`]: () =>
        problem(422, '/problems/validation', 'Invalid', 'Some fields are not valid', [{ field: '[0].productCode', message: 'no such product' }]),
    });
    renderDiscounts();

    await screen.findByTestId('discount-0-product');
    await userEvent.click(screen.getByTestId('discounts-save'));

    expect(await screen.findByTestId('discount-0-product-error')).toHaveTextContent('no such product');
    expect(screen.getByTestId('problem-alert')).not.toHaveTextContent('no such product');
  });

  it('puts a reseller in a tier, and says why when the company is no reseller', async () => {
    const api = fakeApi({
      ...companySearch({ id: COMPANY_ID, name: 'Resello Partners S.r.l.' }),
      [`GET ${DISCOUNTS}`]: () => json([]),
      [`PUT /api/v1/catalog/resellers/${COMPANY_ID}`]: [
        () => json({ tier: 'GOLD' }),
        () => problem(422, '/problems/not-a-reseller', 'Not a reseller', 'The company is a customer, not a reseller.'),
      ],
    });
    renderDiscounts();

    await pickCompany('reseller-tier-company', 'Resello', 'Resello Partners');
    await userEvent.type(screen.getByTestId('reseller-tier-tier'), 'gold');
    await userEvent.click(screen.getByTestId('reseller-tier-save'));

    expect(await screen.findByTestId('reseller-tier-done')).toHaveTextContent('Resello Partners S.r.l. is now in tier GOLD.');
    expect(await api.matching('PUT', `/api/v1/catalog/resellers/${COMPANY_ID}`)[0]!.json()).toEqual({ tier: 'GOLD' });

    await userEvent.click(screen.getByTestId('reseller-tier-save'));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('The company is a customer, not a reseller.');
  });
});
