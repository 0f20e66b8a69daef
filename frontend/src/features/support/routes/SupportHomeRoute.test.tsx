import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AGENT, renderAt } from '../test/render';
import { COMPANY, CONTRACT_ID, FORTIGATE_LINE, contract, fakeApi, json, summary } from '../test/fixtures';
import { SupportHomeRoute } from './SupportHomeRoute';

const CONTRACTS = '/api/v1/support-contracts';
const TICKETS = '/api/v1/tickets';

async function fill(testId: string, text: string) {
  await userEvent.click(screen.getByTestId(testId));
  await userEvent.paste(text);
}

describe('SupportHomeRoute', () => {
  it('lists the active contracts with New ticket per line, and the recent tickets', async () => {
    const api = fakeApi({
      [`GET ${CONTRACTS}`]: () => json({ items: [contract()], next: null }),
      [`GET ${TICKETS}`]: () => json({ items: [summary()], next: null }),
    });
    renderAt('/support', '/support', <SupportHomeRoute />);

    const card = await screen.findByTestId('contract');
    expect(card).toHaveAttribute('data-number', 'K100200');
    expect(within(card).getAllByTestId('contract-line')).toHaveLength(3);
    expect(within(card).getByTestId(`new-ticket-${FORTIGATE_LINE}`)).toHaveAttribute(
      'href',
      `/support/tickets/new?lineId=${FORTIGATE_LINE}&contractId=${CONTRACT_ID}`,
    );
    expect(screen.queryByTestId('claim-form')).not.toBeInTheDocument();
    const row = await screen.findByTestId('ticket-row');
    expect(row).toHaveAttribute('data-number', 'T-2026-000042');
    const contractsQuery = new URL(api.matching('GET', CONTRACTS)[0]!.url).searchParams;
    expect(contractsQuery.get('companyId')).toBe(COMPANY.companyId);
    expect(contractsQuery.get('includeExpired')).toBe('false');
    expect(new URL(api.matching('GET', TICKETS)[0]!.url).searchParams.get('limit')).toBe('5');
  });

  it('shows the claim form first when the company has no contract yet', async () => {
    fakeApi({
      [`GET ${CONTRACTS}`]: () => json({ items: [], next: null }),
      [`GET ${TICKETS}`]: () => json({ items: [], next: null }),
    });
    renderAt('/support', '/support', <SupportHomeRoute />);

    expect(await screen.findByTestId('claim-form')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Verify your account' })).toBeInTheDocument();
  });

  it('someone without a company verifies their account: the person is loaded again and the contract appears', async () => {
    fakeApi({ 'POST /api/v1/contract-claims': () => json(contract()) });
    const { user } = renderAt('/support', '/support', <SupportHomeRoute />, { company: null });

    expect(screen.getByRole('heading', { name: 'Verify your account' })).toBeInTheDocument();
    expect(screen.queryByTestId('recent-tickets')).not.toBeInTheDocument();
    await fill('claim-tax-id', '7740001454');
    await fill('claim-contract-number', 'K100200');
    await fill('claim-proof', 'FGT60F-DEMO-0001');
    await userEvent.click(screen.getByTestId('claim-submit'));

    expect(await screen.findByTestId('claim-success')).toHaveTextContent('Contract K100200 (Nordic Frames sp. z o.o.) is now linked to your company.');
    await waitFor(() => expect(user.refresh).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('contract')).toHaveAttribute('data-number', 'K100200');
    expect(screen.getByTestId(`new-ticket-${FORTIGATE_LINE}`)).toBeInTheDocument();
    expect(screen.queryByTestId('claim-form')).not.toBeInTheDocument();
  });

  it('links a further contract from the dashboard', async () => {
    const other = contract({ id: 'e0000000-0000-4000-a000-000000000009', number: 'K100900', lines: [] });
    fakeApi({
      [`GET ${CONTRACTS}`]: [() => json({ items: [contract()], next: null }), () => json({ items: [contract(), other], next: null })],
      [`GET ${TICKETS}`]: () => json({ items: [], next: null }),
      [`GET /api/v1/companies/${COMPANY.companyId}`]: () => json({ id: COMPANY.companyId, name: COMPANY.companyName, country: 'PL', actions: {} }),
      'POST /api/v1/contract-claims': () => json(other),
    });
    renderAt('/support', '/support', <SupportHomeRoute />);

    await userEvent.click(await screen.findByTestId('link-contract'));
    await fill('claim-tax-id', '7740001454');
    await fill('claim-contract-number', 'K100900');
    await fill('claim-proof', 'SN-9');
    await userEvent.click(screen.getByTestId('claim-submit'));

    await waitFor(() => expect(screen.getAllByTestId('contract').map((c) => c.dataset.number)).toEqual(['K100200', 'K100900']));
    expect(screen.queryByTestId('claim-form')).not.toBeInTheDocument();
  });

  it('sends a support agent without a company to the queue', () => {
    renderAt('/support', '/support', <SupportHomeRoute />, { company: null, user: AGENT });

    expect(screen.getByTestId('landed')).toHaveTextContent('/support/queue');
  });
});
