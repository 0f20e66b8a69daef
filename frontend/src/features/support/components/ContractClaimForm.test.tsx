import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPANY, contract, fakeApi, json, problem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { ContractClaimForm } from './ContractClaimForm';

const CLAIMS = '/api/v1/contract-claims';
const COMPANY_URL = `/api/v1/companies/${COMPANY.companyId}`;

async function fill(testId: string, text: string) {
  const field = screen.getByTestId(testId);
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function fillProof() {
  await fill('claim-tax-id', '7740001454');
  await fill('claim-contract-number', 'K100200');
  await fill('claim-proof', 'FGT60F-DEMO-0001');
}

function renderForm(options: Parameters<typeof renderAt>[3] = {}) {
  const onClaimed = vi.fn();
  const view = renderAt('/support', '/support', <ContractClaimForm onClaimed={onClaimed} />, options);
  return { ...view, onClaimed };
}

describe('ContractClaimForm', () => {
  it('sends the proof with the current company, the tax ID from sign-in prefilled and the company’s country preselected', async () => {
    const api = fakeApi({
      [`GET ${COMPANY_URL}`]: () => json({ id: COMPANY.companyId, name: COMPANY.companyName, country: 'DE', actions: {} }),
      [`POST ${CLAIMS}`]: () => json(contract()),
    });
    const { onClaimed } = renderForm({ user: { taxId: '7740001454' } });

    expect(screen.getByTestId('claim-tax-id')).toHaveValue('7740001454');
    await waitFor(() => expect(screen.getByTestId('claim-country')).toHaveValue('DE'));
    await userEvent.selectOptions(screen.getByTestId('claim-country'), 'PL');
    await fill('claim-contract-number', 'K100200');
    await fill('claim-proof', 'FGT60F-DEMO-0001');
    await userEvent.click(screen.getByTestId('claim-submit'));

    await waitFor(() => expect(onClaimed).toHaveBeenCalledWith(contract()));
    expect(await api.matching('POST', CLAIMS)[0]!.json()).toEqual({
      country: 'PL',
      taxId: '7740001454',
      contractNumber: 'K100200',
      serialOrLicenseKey: 'FGT60F-DEMO-0001',
      companyId: COMPANY.companyId,
    });
  });

  it('without a company sends no company id and starts from Poland', async () => {
    const api = fakeApi({ [`POST ${CLAIMS}`]: () => json(contract()) });
    renderForm({ company: null });

    expect(screen.getByTestId('claim-country')).toHaveValue('PL');
    await fillProof();
    await userEvent.click(screen.getByTestId('claim-submit'));

    await waitFor(() => expect(api.matching('POST', CLAIMS)).toHaveLength(1));
    expect(await api.matching('POST', CLAIMS)[0]!.json()).not.toHaveProperty('companyId');
  });

  it('shows the server’s field errors next to their fields', async () => {
    fakeApi({
      [`GET ${COMPANY_URL}`]: () => json({ id: COMPANY.companyId, name: COMPANY.companyName, country: 'PL', actions: {} }),
      [`POST ${CLAIMS}`]: () =>
        problem(422, '/problems/validation', 'Some fields are not valid', 'The claim has errors.', [
          { field: 'claim.claim.taxId', message: 'is not a valid Polish NIP (check digit)' },
          { field: 'claim.claim.contractNumber', message: 'must match "[A-Z][0-9]{6}"' },
        ]),
    });
    renderForm();

    await fill('claim-tax-id', '7740001455');
    await fill('claim-contract-number', 'k100200');
    await fill('claim-proof', 'FGT60F-DEMO-0001');
    expect(screen.getByTestId('claim-contract-number-format')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('claim-submit'));

    expect(await screen.findByTestId('claim-taxId-error')).toHaveTextContent('is not a valid Polish NIP (check digit)');
    expect(screen.getByTestId('claim-tax-id')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('claim-contractNumber-error')).toHaveTextContent('must match');
    expect(screen.getByTestId('problem-alert')).not.toHaveTextContent('claim.claim.taxId');
  });

  it('shows the generic detail of a mismatch, without saying which part was wrong', async () => {
    const detail = 'These details do not match a support contract. Check the tax ID, the contract number and the serial number.';
    fakeApi({
      [`POST ${CLAIMS}`]: () =>
        problem(422, 'https://portico.example/problems/contract-proof-mismatch', 'These details do not match a support contract', detail),
    });
    renderForm({ company: null });

    await fillProof();
    await userEvent.click(screen.getByTestId('claim-submit'));

    const alert = await screen.findByTestId('problem-alert');
    expect(alert).toHaveAttribute('data-problem', 'contract-proof-mismatch');
    expect(alert).toHaveTextContent(detail);
    expect(screen.queryByTestId('claim-taxId-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('claim-submit')).toBeEnabled();
  });

  it('after too many attempts shows how long to wait and turns submitting off', async () => {
    const api = fakeApi({
      [`POST ${CLAIMS}`]: () =>
        new Response(
          JSON.stringify({
            type: '/problems/rate-limited',
            title: 'Too many requests',
            status: 429,
            detail: 'You reached the limit of 5 contract claims per 15 minutes. Try again in 540 seconds.',
          }),
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '540' } },
        ),
    });
    renderForm({ company: null });

    await fillProof();
    await userEvent.click(screen.getByTestId('claim-submit'));

    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Try again in 540 seconds.');
    expect(screen.getByTestId('claim-submit')).toBeDisabled();
    expect(screen.getByTestId('claim-wait')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('claim-submit'));
    expect(api.matching('POST', CLAIMS)).toHaveLength(1);
  });

  it('says so when the contract belongs to another company', async () => {
    fakeApi({
      [`POST ${CLAIMS}`]: () =>
        problem(
          409,
          '/problems/contract-claimed-elsewhere',
          'The contract belongs to another company',
          'Contract K100200 is linked to another company already. Ask that company’s admin to invite you.',
        ),
    });
    renderForm({ company: null });

    await fillProof();
    await userEvent.click(screen.getByTestId('claim-submit'));

    expect(await screen.findByTestId('problem-alert')).toHaveTextContent('Ask that company’s admin to invite you.');
  });
});
