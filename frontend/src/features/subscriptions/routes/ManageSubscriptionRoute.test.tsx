import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SUB_ID, agreement, fakeApi, json, problem, subscription } from '../test/fixtures';
import { ManageSubscriptionRoute } from './ManageSubscriptionRoute';

const BASE = `/api/v1/subscriptions/${SUB_ID}`;

function renderRoute() {
  return render(
    <MemoryRouter initialEntries={[`/subscriptions/${SUB_ID}`]}>
      <Routes>
        <Route path="/subscriptions/:id" element={<ManageSubscriptionRoute />} />
      </Routes>
    </MemoryRouter>,
  );
}

const history = [{ poNumber: 'PO-1', changedAt: '2026-11-20T09:00:00Z', changedByName: null }];

describe('ManageSubscriptionRoute', () => {
  it('saves the PO number with If-Match set to the ETag it read, then shows the new value and history', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: 'W/"7"' }),
      [`GET ${BASE}/po-numbers`]: [
        () => json(history),
        () => json([{ poNumber: 'PO-2', changedAt: '2026-11-22T11:00:00Z', changedByName: 'Alice Admin' }, ...history]),
      ],
      [`PUT ${BASE}/po-number`]: () => json(subscription({ poNumber: 'PO-2' }), 200, { ETag: 'W/"8"' }),
    });
    renderRoute();

    expect(await screen.findByTestId('po-number-value')).toHaveTextContent('PO-1');
    expect(screen.getByTestId('subscription-status')).toHaveAttribute('data-status', 'ACTIVE');
    await userEvent.click(screen.getByTestId('po-number-edit'));
    expect(screen.getByTestId('po-number-input')).toHaveValue('PO-1');
    await userEvent.clear(screen.getByTestId('po-number-input'));
    await userEvent.type(screen.getByTestId('po-number-input'), 'PO-2');
    await userEvent.click(screen.getByTestId('po-number-save'));

    expect(await screen.findByTestId('po-number-success')).toBeInTheDocument();
    const [put] = api.matching('PUT', `${BASE}/po-number`);
    expect(put!.headers.get('If-Match')).toBe('W/"7"');
    expect(await put!.json()).toEqual({ poNumber: 'PO-2' });
    expect(screen.getByTestId('po-number-value')).toHaveTextContent('PO-2');
    await screen.findByText('Alice Admin');
    expect(screen.getAllByTestId('po-history-row').map((r) => r.dataset.poNumber)).toEqual(['PO-2', 'PO-1']);
  });

  it('after 412 shows the problem, reads the subscription again and saves with the new ETag', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: [
        () => json(subscription(), 200, { ETag: '"1"' }),
        () => json(subscription({ poNumber: 'PO-CHANGED-ELSEWHERE' }), 200, { ETag: '"2"' }),
      ],
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`PUT ${BASE}/po-number`]: [
        () => problem(412, '/problems/precondition-failed', 'Changed meanwhile', 'Someone else changed this subscription.'),
        () => json(subscription({ poNumber: 'PO-3' }), 200, { ETag: '"3"' }),
      ],
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('po-number-edit'));
    await userEvent.clear(screen.getByTestId('po-number-input'));
    await userEvent.type(screen.getByTestId('po-number-input'), 'PO-3');
    await userEvent.click(screen.getByTestId('po-number-save'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this subscription.');
    expect(await screen.findByText('PO-CHANGED-ELSEWHERE')).toBeInTheDocument();
    expect(api.matching('GET', BASE)).toHaveLength(2);
    // the person's input is kept so they can save again
    expect(screen.getByTestId('po-number-input')).toHaveValue('PO-3');
    await userEvent.click(screen.getByTestId('po-number-save'));

    await screen.findByTestId('po-number-success');
    expect(api.matching('PUT', `${BASE}/po-number`).map((r) => r.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
  });

  it('cancels at the next renewal only after confirming, and offers undo afterwards', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`POST ${BASE}/cancellation`]: () =>
        json(
          subscription({
            status: 'NON_RENEWING',
            actions: { activate: false, manage: true, changePoNumber: true, cancel: false, undoCancellation: true, readAgreement: true },
          }),
          200,
          { ETag: '"2"' },
        ),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('cancel-subscription'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('SUB-000123');
    expect(dialog).toHaveTextContent('2027');
    await userEvent.click(within(dialog).getByTestId('confirm-cancel'));
    expect(api.matching('POST', `${BASE}/cancellation`)).toHaveLength(0);

    await userEvent.click(screen.getByTestId('cancel-subscription'));
    await userEvent.click(screen.getByTestId('confirm-ok'));

    expect(await screen.findByTestId('undo-cancellation')).toBeInTheDocument();
    expect(api.matching('POST', `${BASE}/cancellation`)).toHaveLength(1);
    expect(screen.queryByTestId('cancel-subscription')).not.toBeInTheDocument();
    expect(screen.getByTestId('subscription-status')).toHaveAttribute('data-status', 'NON_RENEWING');
  });

  it('shows the accepted agreement in a dialog', async () => {
    fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/accepted-agreement`]: () =>
        json({ agreement: agreement(4), acceptedAt: '2026-11-22T10:00:00Z', acceptedByName: 'Alice Admin' }),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('read-agreement'));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByTestId('agreement-text')).toHaveTextContent('Terms of version 4.');
    expect(within(dialog).getByTestId('agreement-version')).toHaveTextContent('4');
    expect(within(dialog).getByTestId('agreement-accepted')).toHaveTextContent('Alice Admin');
    await userEvent.click(within(dialog).getByTestId('agreement-close'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
