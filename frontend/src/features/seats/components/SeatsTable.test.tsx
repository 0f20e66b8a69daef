import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { seat } from '../test/fixtures';
import { SeatsTable } from './SeatsTable';

describe('SeatsTable', () => {
  it('shows a seat revoked before its start as withdrawn, not as a period that ends before it begins', () => {
    render(
      <SeatsTable
        seats={[seat({ validFrom: '2029-01-01', validUntil: '2026-11-28', state: 'REVOKED', revokedAt: '2026-11-29T10:00:00Z', actions: { changePeriod: false, revoke: false } })]}
        productName="ON!Track"
        today="2026-11-29"
        onChangePeriod={vi.fn()}
        onRevoke={vi.fn()}
      />,
    );
    const period = screen.getByTestId('seat-period');
    expect(period).toHaveTextContent('planned from Jan 1, 2029, withdrawn before it started');
    expect(period).not.toHaveTextContent('Nov 28, 2026');
  });

  it('asks to withdraw a future seat without saying anyone loses access now', async () => {
    render(
      <SeatsTable
        seats={[seat({ email: 'future@acme.example', validFrom: '2029-01-01', state: 'INVITED' }), seat({ email: 'now@acme.example' })]}
        productName="ON!Track"
        today="2026-11-29"
        onChangePeriod={vi.fn()}
        onRevoke={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Revoke the seat of future@acme.example' }));
    expect(screen.getByText(/withdrawn before it starts: they will not get access to ON!Track/)).toBeInTheDocument();
    expect(screen.queryByText(/loses access/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: 'Revoke the seat of now@acme.example' }));
    expect(screen.getByText(/now@acme.example loses access to ON!Track now/)).toBeInTheDocument();
  });
});
