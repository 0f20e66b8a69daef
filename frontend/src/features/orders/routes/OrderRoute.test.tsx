import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ITEM_ID, ORDER_ID, SUBSCRIPTION_ID, fakeApi, json, order, problem, subscriptionItem } from '../test/fixtures';
import { renderAt } from '../test/render';
import { OrderRoute } from './OrderRoute';

const ORDER = `/api/v1/orders/${ORDER_ID}`;
const ASSOCIATION = `/api/v1/order-items/${ITEM_ID}/association`;

function renderRoute() {
  return renderAt(`/orders/${ORDER_ID}`, '/orders/:id', <OrderRoute />);
}

function itemRow(id = ITEM_ID) {
  const row = screen.getAllByTestId('order-item').find((r) => r.dataset.itemId === id);
  if (!row) throw new Error(`no order item ${id}`);
  return row;
}

const pendingAssociation = {
  email: 'bogdan.admin@borealis.example',
  associatedAt: '2026-11-22T11:00:00Z',
  state: 'PENDING',
  claimedAt: null,
};

describe('OrderRoute', () => {
  it('associates a subscription with the end customer’s email and shows the association pending', async () => {
    const api = fakeApi({
      [`GET ${ORDER}`]: () => json(order()),
      [`POST ${ASSOCIATION}`]: () =>
        json(subscriptionItem({ association: pendingAssociation, actions: { associate: true, withdrawAssociation: true } })),
    });
    renderRoute();

    expect(await screen.findByTestId('order-number')).toHaveTextContent('ORD-2026-000042');
    expect(within(itemRow()).getByTestId('order-item-status')).toHaveTextContent('Awaiting activation');
    expect(within(itemRow()).queryByTestId('association-state')).not.toBeInTheDocument();
    await userEvent.click(within(itemRow()).getByTestId('associate'));
    const dialog = screen.getByTestId('associate-dialog');
    expect(dialog).toHaveTextContent('SUB-000042');
    await userEvent.type(within(dialog).getByTestId('associate-email'), 'bogdan.admin@borealis.example');
    await userEvent.click(within(dialog).getByTestId('associate-submit'));

    await waitFor(() => expect(screen.queryByTestId('associate-dialog')).not.toBeInTheDocument());
    expect(await api.matching('POST', ASSOCIATION)[0]!.json()).toEqual({ email: 'bogdan.admin@borealis.example' });
    const state = within(itemRow()).getByTestId('association-state');
    expect(state).toHaveAttribute('data-state', 'PENDING');
    expect(state).toHaveTextContent('Pending');
    expect(within(itemRow()).getByTestId('association-email')).toHaveTextContent('bogdan.admin@borealis.example');
    expect(within(itemRow()).getByTestId('withdraw-association')).toBeInTheDocument();
    expect(screen.getByTestId('order-success-message')).toHaveTextContent('we sent them an email');
  });

  it('shows a wrong email next to the field in the dialog', async () => {
    fakeApi({
      [`GET ${ORDER}`]: () => json(order()),
      [`POST ${ASSOCIATION}`]: () =>
        problem(422, '/problems/validation', 'Some fields are not valid', 'The request has errors.', [
          { field: 'associate.request.email', message: 'must be an email address' },
        ]),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('associate'));
    await userEvent.type(screen.getByTestId('associate-email'), 'bogdan');
    await userEvent.click(screen.getByTestId('associate-submit'));

    expect(await screen.findByTestId('associate-email-error')).toHaveTextContent('must be an email address');
    expect(screen.getByTestId('associate-dialog')).toBeInTheDocument();
  });

  it('links a subscription while it is in the company; once the customer took it over, shows the state without a link', async () => {
    const claimed = subscriptionItem({
      id: 'f1000000-0000-4000-a000-000000000002',
      subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001',
      subscriptionNumber: 'SUB-000043',
      subscriptionStatus: 'ACTIVE',
      association: { ...pendingAssociation, state: 'CLAIMED', claimedAt: '2026-11-23T09:00:00Z' },
      actions: { associate: false, withdrawAssociation: false },
    });
    fakeApi({ [`GET ${ORDER}`]: () => json(order([subscriptionItem(), claimed])) });
    renderRoute();

    await screen.findByTestId('order-items');
    expect(within(itemRow()).getByRole('link', { name: 'SUB-000042' })).toHaveAttribute('href', `/subscriptions/${SUBSCRIPTION_ID}`);
    const row = itemRow(claimed.id);
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row).getByTestId('order-item-status')).toHaveAttribute('data-status', 'ACTIVE');
    expect(within(row).getByTestId('association-state')).toHaveTextContent('Taken over');
    expect(within(row).queryByTestId('associate')).not.toBeInTheDocument();
    expect(within(row).queryByTestId('withdraw-association')).not.toBeInTheDocument();
  });

  it('cancels the order only after confirming and shows it cancelled', async () => {
    const api = fakeApi({
      [`GET /api/v1/orders/${ORDER_ID}`]: () => json(order([subscriptionItem()], { actions: { cancel: true } })),
      [`POST /api/v1/orders/${ORDER_ID}/cancellation`]: () =>
        json(order([subscriptionItem({ subscriptionStatus: 'LAPSED', actions: { associate: false, withdrawAssociation: false } })], {
          status: 'CANCELLED',
          cancelledAt: '2026-11-22T11:00:00Z',
          creditNoteNumber: 'INV-2026-000043',
          actions: { cancel: false },
        })),
    });
    renderRoute();

    expect(await screen.findByTestId('order-number')).toBeInTheDocument();
    expect(screen.queryByTestId('order-credit-note-number')).not.toBeInTheDocument();
    await userEvent.click(await screen.findByTestId('order-cancel'));
    expect(api.matching('POST', `/api/v1/orders/${ORDER_ID}/cancellation`)).toHaveLength(0);
    await userEvent.click(screen.getByTestId('order-cancel-confirm'));

    expect(await screen.findByTestId('order-success-message')).toHaveTextContent('ORD-2026-000042 is cancelled');
    expect(api.matching('POST', `/api/v1/orders/${ORDER_ID}/cancellation`)).toHaveLength(1);
    expect(screen.queryByTestId('order-cancel')).not.toBeInTheDocument();
    // the paid invoice was cancelled by a credit note, downloadable like the invoice
    expect(screen.getByTestId('order-credit-note-number')).toHaveTextContent('INV-2026-000043');
    expect(screen.getByTestId('order-credit-note-download')).toBeEnabled();
  });

  it('withdraws a pending association only after confirming', async () => {
    const api = fakeApi({
      [`GET ${ORDER}`]: () =>
        json(order([subscriptionItem({ association: pendingAssociation, actions: { associate: true, withdrawAssociation: true } })])),
      [`DELETE ${ASSOCIATION}`]: () => json(subscriptionItem()),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('withdraw-association'));
    expect(screen.getByTestId('confirm-dialog')).toHaveTextContent('bogdan.admin@borealis.example');
    await userEvent.click(screen.getByTestId('withdraw-confirm'));

    await waitFor(() => expect(within(itemRow()).queryByTestId('association-state')).not.toBeInTheDocument());
    expect(api.matching('DELETE', ASSOCIATION)).toHaveLength(1);
  });

  it('shows a one-time license key with a button that copies it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const key = subscriptionItem({
      kind: 'LICENSE_KEY',
      subscriptionId: null,
      subscriptionNumber: null,
      subscriptionStatus: null,
      licenseKey: 'AB12-CD34-EF56-GH78',
      actions: { associate: false, withdrawAssociation: false },
    });
    fakeApi({ [`GET ${ORDER}`]: () => json(order([key])) });
    renderRoute();

    expect(await screen.findByTestId('license-key')).toHaveTextContent('AB12-CD34-EF56-GH78');
    await userEvent.click(screen.getByTestId('copy-license-key'));

    expect(writeText).toHaveBeenCalledWith('AB12-CD34-EF56-GH78');
    expect(screen.getByTestId('copy-license-key')).toHaveTextContent('Copied');
  });
});
