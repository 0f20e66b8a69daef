import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { subscription } from '../test/fixtures';
import { CancellationSection } from './CancellationSection';
import { SubscriptionDetails } from './SubscriptionDetails';

describe('a subscription cancelled at renewal', () => {
  it('names the same last day in the details, the notice and the confirmation: the term’s end', async () => {
    const cancelled = subscription({
      status: 'NON_RENEWING',
      autoRenew: false,
      nextRenewalDate: null,
      actions: { ...subscription().actions, cancel: false, undoCancellation: true },
    });
    render(
      <>
        <SubscriptionDetails subscription={cancelled} />
        <CancellationSection subscription={cancelled} onCancel={vi.fn()} onUndo={vi.fn()} />
      </>,
    );
    expect(screen.getByTestId('cancellation-info')).toHaveTextContent('Nov 21, 2027');
    expect(screen.getByTestId('subscription-details')).toHaveTextContent('Nov 21, 2027');
    expect(screen.getByTestId('subscription-details')).not.toHaveTextContent('Nov 22, 2027');
    expect(screen.getByTestId('subscription-auto-renew')).toHaveTextContent('No');
  });

  it('confirms a cancellation with the last day of use, not the renewal date', async () => {
    render(<CancellationSection subscription={subscription()} onCancel={vi.fn()} onUndo={vi.fn()} />);
    expect(screen.getByText(/renews automatically on Nov 22, 2027/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('cancel-subscription'));
    expect(screen.getByText(/stays usable until Nov 21, 2027/)).toBeInTheDocument();
  });
});
