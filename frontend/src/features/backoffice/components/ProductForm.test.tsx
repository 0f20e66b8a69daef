import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../utils/product-draft';
import { ProductForm } from './ProductForm';

describe('ProductForm', () => {
  it('offers automatic renewal for a subscription only: a one-time product shows no ticked box', async () => {
    render(<ProductForm initial={emptyDraft()} onSubmit={vi.fn()} />);
    expect(screen.getByTestId('product-auto-renew')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByTestId('product-type'), 'ONE_TIME');
    expect(screen.queryByTestId('product-auto-renew')).not.toBeInTheDocument();

    // back to a subscription: the box is there again, and not silently ticked
    await userEvent.selectOptions(screen.getByTestId('product-type'), 'SUBSCRIPTION');
    expect(screen.getByTestId('product-auto-renew')).not.toBeChecked();
  });
});
