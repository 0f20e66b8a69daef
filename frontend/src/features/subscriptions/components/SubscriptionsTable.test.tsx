import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { subscription } from '../test/fixtures';
import { SubscriptionsTable } from './SubscriptionsTable';

function rowOf(number: string) {
  return screen.getAllByTestId('subscription-row').find((row) => row.dataset.number === number)!;
}

const active = subscription({ id: '5b1e0c2a-0000-4000-8000-0000000000a1', number: 'SUB-000001', poNumber: 'PO-77' });
const pending = subscription({
  id: '5b1e0c2a-0000-4000-8000-0000000000b2',
  number: 'SUB-000002',
  status: 'PENDING_ACTIVATION',
  nextRenewalDate: null,
  termStart: null,
  termEnd: null,
  activatedAt: null,
  activationDeadline: '2027-02-18',
  actions: { activate: true, manage: false, changePoNumber: false, cancel: false, undoCancellation: false, readAgreement: false },
});

describe('SubscriptionsTable', () => {
  it('shows one row per subscription with its number, product, PO number, quantity and translated status', () => {
    render(
      <MemoryRouter>
        <SubscriptionsTable subscriptions={[active, pending]} />
      </MemoryRouter>,
    );

    expect(screen.getAllByTestId('subscription-row')).toHaveLength(2);
    const first = within(rowOf('SUB-000001'));
    expect(first.getByText('PROFIS Engineering Suite')).toBeInTheDocument();
    expect(first.getByText('PO-77')).toBeInTheDocument();
    expect(first.getByText('3')).toBeInTheDocument();
    expect(first.getByTestId('subscription-status')).toHaveAttribute('data-status', 'ACTIVE');
    expect(first.getByTestId('subscription-status')).toHaveTextContent('Active');
    expect(within(rowOf('SUB-000002')).getByTestId('subscription-status')).toHaveTextContent('Awaiting activation');
    expect(rowOf('SUB-000002')).toHaveTextContent('Activate by');
  });

  it('offers Activate only when actions.activate is true, and Manage users only when actions.manage is', async () => {
    render(
      <MemoryRouter>
        <SubscriptionsTable subscriptions={[active, pending]} />
      </MemoryRouter>,
    );

    const first = within(rowOf('SUB-000001'));
    expect(first.queryByRole('menu')).not.toBeInTheDocument();
    await userEvent.click(first.getByRole('button', { name: 'Actions for SUB-000001' }));
    const menu = first.getByRole('menu');
    expect(within(menu).getByTestId('subscription-manage')).toHaveAttribute('href', `/subscriptions/${active.id}`);
    expect(within(menu).queryByTestId('subscription-activate-link')).not.toBeInTheDocument();
    expect(within(menu).getByTestId('subscription-users')).toHaveAttribute('href', `/subscriptions/${active.id}/users`);

    const second = within(rowOf('SUB-000002'));
    await userEvent.click(second.getByTestId('subscription-menu'));
    expect(second.getByTestId('subscription-activate-link')).toHaveAttribute('href', `/subscriptions/${pending.id}/activate`);
    const users = second.getByTestId('subscription-users');
    expect(users).toBeDisabled();
    expect(users).not.toHaveAttribute('href');
    expect(users).toHaveAccessibleDescription(
      "Only the subscription's admin or a company admin can manage the users of an active subscription",
    );
    // opening another row's menu closed the first one
    expect(first.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('lets the keyboard open a row menu, and Escape closes it with the focus back on its button', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <SubscriptionsTable subscriptions={[active]} />
      </MemoryRouter>,
    );
    const toggle = within(rowOf('SUB-000001')).getByTestId('subscription-menu');
    toggle.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByTestId('subscription-manage')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('subscription-manage')).toBeNull();
    expect(toggle).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByTestId('subscription-manage')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByTestId('subscription-manage')).toBeNull();
  });
});
