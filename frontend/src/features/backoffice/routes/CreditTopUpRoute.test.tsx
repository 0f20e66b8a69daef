import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ID, fakeApi, json, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { companySearch, pickCompany } from '@/lib/testing/company-picker';

const RESELLO = companySearch({ id: COMPANY_ID, name: 'Resello Partners S.r.l.', taxId: 'IT01234567890' });
import { CreditTopUpRoute } from './CreditTopUpRoute';

const TOP_UPS = `/api/v1/credit-accounts/${COMPANY_ID}/top-ups`;

const ENTRY = {
  id: 'e3',
  occurredAt: '2026-11-22T10:00:00Z',
  kind: 'TOP_UP',
  change: 50000,
  currency: 'EUR',
  balanceAfter: { amount: 95815, currency: 'EUR' },
  reason: 'Bank transfer',
};

async function fillIn(amount: string) {
  await pickCompany('credit-company', 'resello', 'Resello Partners');
  await userEvent.type(screen.getByTestId('credit-amount'), amount);
  await userEvent.type(screen.getByTestId('credit-reason'), 'Bank transfer');
}

describe('CreditTopUpRoute', () => {
  it('tops up in minor units with an Idempotency-Key reused on retry, and shows the new balance', async () => {
    const api = fakeApi({
      ...RESELLO,
      [`POST ${TOP_UPS}`]: [() => problem(503, '/problems/unavailable', 'Unavailable', 'Try again.'), () => json(ENTRY, 201)],
    });
    renderAt('/backoffice/credit', '/backoffice/credit', <CreditTopUpRoute />);

    await fillIn('500.00');
    await userEvent.click(screen.getByTestId('credit-top-up'));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Try again.');
    await userEvent.click(screen.getByTestId('credit-top-up'));

    expect(await screen.findByTestId('credit-top-up-done')).toHaveTextContent('Topped up Resello Partners S.r.l.: new balance €958.15.');
    const [first, retry] = api.matching('POST', TOP_UPS);
    const key = first!.headers.get('Idempotency-Key');
    expect(key).toBeTruthy();
    expect(retry!.headers.get('Idempotency-Key')).toBe(key);
    expect(await retry!.json()).toEqual({ amount: { amount: 50000, currency: 'EUR' }, reason: 'Bank transfer' });
  });

  it('uses a new Idempotency-Key once the form says something else', async () => {
    const api = fakeApi({ ...RESELLO, [`POST ${TOP_UPS}`]: () => json(ENTRY, 201) });
    renderAt('/backoffice/credit', '/backoffice/credit', <CreditTopUpRoute />);

    await fillIn('500');
    await userEvent.click(screen.getByTestId('credit-top-up'));
    await screen.findByTestId('credit-top-up-done');
    await userEvent.type(screen.getByTestId('credit-amount'), '0');
    await userEvent.click(screen.getByTestId('credit-top-up'));

    await screen.findByTestId('credit-top-up-done');
    const [first, second] = api.matching('POST', TOP_UPS);
    expect(second!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'));
  });

  it('says so when the company is unknown or its account has another currency', async () => {
    fakeApi({
      ...RESELLO,
      [`POST ${TOP_UPS}`]: [
        () => problem(404, '/problems/not-found', 'Not found', 'No such company.'),
        () =>
          problem(422, '/problems/validation', 'Invalid', 'Some fields are not valid', [
            { field: 'amount.currency', message: 'the account is kept in EUR' },
          ]),
      ],
    });
    renderAt('/backoffice/credit', '/backoffice/credit', <CreditTopUpRoute />);

    await fillIn('500');
    await userEvent.click(screen.getByTestId('credit-top-up'));
    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('No such company.');

    await userEvent.clear(screen.getByTestId('credit-currency'));
    await userEvent.type(screen.getByTestId('credit-currency'), 'PLN');
    await userEvent.click(screen.getByTestId('credit-top-up'));
    expect(await screen.findByTestId('credit-currency-error')).toHaveTextContent('the account is kept in EUR');
  });

  it('asks for a company picked from the list before sending anything', async () => {
    const api = fakeApi({ ...RESELLO, [`POST ${TOP_UPS}`]: () => json(ENTRY, 201) });
    renderAt('/backoffice/credit', '/backoffice/credit', <CreditTopUpRoute />);

    await userEvent.type(screen.getByTestId('credit-company'), 'Resello Partners');
    await userEvent.type(screen.getByTestId('credit-amount'), '10');
    await userEvent.type(screen.getByTestId('credit-reason'), 'Bank transfer');
    await userEvent.click(screen.getByTestId('credit-top-up'));

    expect(await screen.findByTestId('credit-company-error')).toHaveTextContent('Choose a company from the list.');
    expect(api.matching('POST', TOP_UPS)).toHaveLength(0);
  });
});
