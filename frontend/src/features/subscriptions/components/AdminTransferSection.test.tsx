import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { subscription } from '../test/fixtures';
import { AdminTransferSection } from './AdminTransferSection';

const PENDING = { email: 'nora.new@example.com', requestedAt: '2026-11-25T09:30:00Z', requestedByName: 'Alice Admin' };

describe('AdminTransferSection', () => {
  it('shows a pending transfer (who, since when, by whom) beside the admin who stays, and withdraws it', async () => {
    const onWithdraw = vi.fn().mockResolvedValue(undefined);
    render(
      <AdminTransferSection
        subscription={subscription({ pendingAdminTransfer: PENDING, actions: { ...subscription().actions, withdrawAdminTransfer: true } })}
        onTransfer={vi.fn()}
        onWithdraw={onWithdraw}
      />,
    );

    expect(screen.getByTestId('admin-transfer-current')).toHaveTextContent('alice.admin@acme.example');
    const pending = screen.getByTestId('admin-transfer-pending');
    expect(pending).toHaveTextContent('nora.new@example.com');
    expect(pending).toHaveTextContent('2026');
    expect(pending).toHaveTextContent('Alice Admin');
    expect(pending).toHaveTextContent(/alice\.admin@acme\.example stays admin/);

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw transfer' }));
    expect(onWithdraw).toHaveBeenCalledTimes(1);
  });

  it('offers no withdrawal without the action, and nothing pending shows nothing pending', () => {
    const { rerender } = render(
      <AdminTransferSection subscription={subscription({ pendingAdminTransfer: PENDING })} onTransfer={vi.fn()} onWithdraw={vi.fn()} />,
    );
    expect(screen.getByTestId('admin-transfer-pending')).toBeInTheDocument();
    expect(screen.queryByTestId('admin-transfer-withdraw')).not.toBeInTheDocument();

    rerender(<AdminTransferSection subscription={subscription()} onTransfer={vi.fn()} onWithdraw={vi.fn()} />);
    expect(screen.queryByTestId('admin-transfer-pending')).not.toBeInTheDocument();
  });

  it('tells, before confirming, that someone outside the company is invited and the admin stays until then', async () => {
    render(<AdminTransferSection subscription={subscription()} onTransfer={vi.fn()} onWithdraw={vi.fn()} />);
    await userEvent.click(screen.getByTestId('admin-transfer-open'));
    await userEvent.type(screen.getByTestId('admin-transfer-email'), 'nora.new@example.com');
    await userEvent.click(screen.getByTestId('admin-transfer-continue'));
    expect(await screen.findByText(/is not a member of Acme Tools GmbH yet: they are invited/)).toBeInTheDocument();
  });
});
