import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/lib/api';
import type { Member } from '../api/types';
import { MembersTable } from './MembersTable';

function member(email: string, actions: Member['actions'], role: Member['role'] = 'MEMBER', caller = false): Member {
  return {
    userId: `id-${email}`,
    email,
    firstName: email.split('@')[0]!,
    lastName: 'Example',
    role,
    joinedAt: '2026-01-15T09:00:00Z',
    caller,
    actions,
  };
}

function rowOf(email: string) {
  return screen.getAllByTestId('member-row').find((row) => row.dataset.email === email)!;
}

describe('MembersTable', () => {
  it('shows change-role and remove only where the member’s actions allow them', () => {
    render(
      <MembersTable
        companyName="Acme Tools GmbH"
        members={[
          member('alice@acme.example', { changeRole: false, remove: false }, 'ADMIN'),
          member('bob@acme.example', { changeRole: true, remove: true }),
          member('carol@acme.example', { changeRole: true, remove: false }),
        ]}
        onChangeRole={vi.fn()}
        onRemove={vi.fn()}
      />,
    );

    const alice = within(rowOf('alice@acme.example'));
    expect(alice.queryByRole('combobox')).not.toBeInTheDocument();
    expect(alice.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(alice.getByTestId('member-role')).toHaveTextContent('Administrator');

    const bob = within(rowOf('bob@acme.example'));
    expect(bob.getByRole('combobox', { name: 'Role of bob Example' })).toHaveValue('MEMBER');
    expect(bob.getByRole('button', { name: 'Remove bob Example' })).toBeInTheDocument();

    const carol = within(rowOf('carol@acme.example'));
    expect(carol.getByRole('combobox')).toBeInTheDocument();
    expect(carol.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
  });

  it('shows no controls at all to a member without any actions', () => {
    render(
      <MembersTable
        companyName="Acme Tools GmbH"
        members={[
          member('alice@acme.example', { changeRole: false, remove: false }, 'ADMIN'),
          member('bob@acme.example', { changeRole: false, remove: false }),
        ]}
        onChangeRole={vi.fn()}
        onRemove={vi.fn()}
      />,
    );

    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('removes only after confirmation and shows a last-admin conflict', async () => {
    const onRemove = vi.fn().mockRejectedValue(
      new ApiProblem({
        type: '/problems/last-admin',
        title: 'Last admin',
        status: 409,
        detail: 'A company needs at least one administrator.',
      }),
    );
    render(
      <MembersTable
        companyName="Acme Tools GmbH"
        members={[member('bob@acme.example', { changeRole: true, remove: true }, 'ADMIN')]}
        onChangeRole={vi.fn()}
        onRemove={onRemove}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Remove bob Example' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Acme Tools GmbH');
    expect(dialog).toHaveTextContent('Subscriptions that bob Example administers pass to you');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onRemove).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Remove bob Example' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove' }));

    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('alert')).toHaveTextContent('A company needs at least one administrator.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks someone leaving to transfer the subscriptions they administer first', async () => {
    render(
      <MembersTable
        companyName="Acme Tools GmbH"
        members={[member('max@acme.example', { changeRole: false, remove: true }, 'MEMBER', true)]}
        onChangeRole={vi.fn()}
        onRemove={vi.fn()}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Leave Acme Tools GmbH' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Leave the company?');
    expect(dialog).toHaveTextContent('If you administer subscriptions of Acme Tools GmbH, transfer their admin right first.');
  });

  it('offers the signed-in member “Leave”, not “Remove”, on their own row', () => {
    render(
      <MembersTable
        companyName="Acme Tools GmbH"
        members={[
          member('alice@acme.example', { changeRole: true, remove: true }, 'ADMIN'),
          member('me@acme.example', { changeRole: false, remove: true }, 'MEMBER', true),
        ]}
        onChangeRole={vi.fn()}
        onRemove={vi.fn()}
      />,
    );
    const me = within(rowOf('me@acme.example'));
    expect(me.getByRole('button', { name: 'Leave Acme Tools GmbH' })).toHaveTextContent('Leave');
    expect(me.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(within(rowOf('alice@acme.example')).getByRole('button', { name: 'Remove alice Example' })).toBeInTheDocument();
  });
});
