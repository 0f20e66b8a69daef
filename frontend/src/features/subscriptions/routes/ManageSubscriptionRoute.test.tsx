import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installApiAuth } from '@/lib/api';
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
      [`GET ${BASE}/invoices`]: () => json([]),
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
      [`GET ${BASE}/invoices`]: () => json([]),
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
      [`GET ${BASE}/invoices`]: () => json([]),
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

  it('links to the users (seats) only when the subscription may be managed', async () => {
    fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`GET ${BASE}/po-numbers`]: () => json(history),
    });
    const { unmount } = renderRoute();
    expect(await screen.findByTestId('manage-users-link')).toHaveAttribute('href', `/subscriptions/${SUB_ID}/users`);
    expect(screen.getByTestId('users-section')).toHaveTextContent('Give the 3 licenses to people by email');
    unmount();

    fakeApi({
      [`GET ${BASE}`]: () =>
        json(
          subscription({
            actions: { activate: false, manage: false, changePoNumber: false, cancel: false, undoCancellation: false, readAgreement: true },
          }),
          200,
          { ETag: '"1"' },
        ),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`GET ${BASE}/po-numbers`]: () => json(history),
    });
    renderRoute();
    await screen.findByTestId('subscription-details');
    expect(screen.queryByTestId('manage-users-link')).not.toBeInTheDocument();
  });

  it('shows the accepted agreement in a dialog', async () => {
    fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/invoices`]: () => json([]),
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

const COMPANY_ID = 'a0000000-0000-4000-a000-000000000001';
const MEMBERS = `/api/v1/companies/${COMPANY_ID}/members`;

function member(userId: string, email: string, firstName: string, lastName: string, role = 'MEMBER') {
  return { userId, email, firstName, lastName, role, joinedAt: '2026-01-01T00:00:00Z', caller: false, actions: { changeRole: false, remove: false } };
}

const invoice = {
  id: '7c000000-0000-4000-8000-000000000042',
  number: 'INV-2026-000042',
  issuedAt: '2026-11-22T10:00:00Z',
  issueDate: '2026-11-22',
  periodStart: '2026-11-22',
  periodEnd: '2027-11-21',
  poNumber: 'PO-1',
  net: { amount: 129000, currency: 'EUR' },
  tax: { amount: 24510, currency: 'EUR' },
  total: { amount: 153510, currency: 'EUR' },
};

describe('ManageSubscriptionRoute: payment method', () => {
  it('shows a 422 on sepa.iban next to the IBAN input, not next to another field or in the alert', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`PUT ${BASE}/payment-method`]: () =>
        problem(422, '/problems/validation', 'Invalid payment details', 'Please correct the marked fields.', [
          { field: 'sepa.iban', message: 'has a wrong check digit; check for a typo' },
        ]),
    });
    renderRoute();

    expect(await screen.findByTestId('payment-method-value')).toHaveTextContent('Visa •••• 4242, expires 12/2028');
    await userEvent.click(screen.getByTestId('payment-method-change'));
    expect(screen.getByTestId('payment-provider-note')).toHaveTextContent('Portico stores only a reference');
    await userEvent.selectOptions(screen.getByTestId('payment-type'), 'SEPA_DEBIT');
    expect(screen.queryByTestId('card-number')).not.toBeInTheDocument();
    await userEvent.type(screen.getByTestId('sepa-iban'), 'DE88 3704 0044 0532 0130 00');
    await userEvent.type(screen.getByTestId('sepa-holder'), 'Acme Tools GmbH');
    await userEvent.click(screen.getByTestId('payment-save'));

    const error = await screen.findByTestId('sepa-iban-error');
    expect(error).toHaveTextContent('has a wrong check digit; check for a typo');
    expect(screen.getByTestId('sepa-iban')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('sepa-iban')).toHaveAccessibleDescription('has a wrong check digit; check for a typo');
    expect(screen.getByTestId('sepa-holder')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByTestId('sepa-holder-error')).not.toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Please correct the marked fields.');
    expect(alert).not.toHaveTextContent('check digit');
    // the input is kept for correcting it
    expect(screen.getByTestId('sepa-iban')).toHaveValue('DE88 3704 0044 0532 0130 00');
    const [put] = api.matching('PUT', `${BASE}/payment-method`);
    expect(await put!.json()).toEqual({
      type: 'SEPA_DEBIT',
      sepa: { iban: 'DE88 3704 0044 0532 0130 00', accountHolder: 'Acme Tools GmbH' },
    });
  });

  it('puts card.number on the card number input only, and after saving clears the card details', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(subscription({ paymentMethod: null }), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`PUT ${BASE}/payment-method`]: [
        () =>
          problem(422, '/problems/validation', 'Invalid payment details', 'Please correct the marked fields.', [
            { field: 'changePaymentMethod.request.card.number', message: 'is not a valid card number' },
          ]),
        () => json(subscription({ paymentMethod: { type: 'CARD', display: 'Visa •••• 1111, expires 03/2030' } }), 200, { ETag: '"2"' }),
      ],
    });
    renderRoute();

    expect(await screen.findByTestId('payment-method-value')).toHaveTextContent('none yet');
    await userEvent.click(screen.getByTestId('payment-method-change'));
    expect(screen.getByTestId('payment-type')).toHaveValue('CARD');
    await userEvent.type(screen.getByTestId('card-number'), '4111 1111 1111 1112');
    await userEvent.type(screen.getByTestId('card-expiry-month'), '3');
    await userEvent.type(screen.getByTestId('card-expiry-year'), '2030');
    await userEvent.type(screen.getByTestId('card-holder'), 'Alice Admin');
    await userEvent.click(screen.getByTestId('payment-save'));

    expect(await screen.findByTestId('card-number-error')).toHaveTextContent('is not a valid card number');
    for (const other of ['card-expiry-month', 'card-expiry-year', 'card-holder']) {
      expect(screen.queryByTestId(`${other}-error`)).not.toBeInTheDocument();
    }
    await userEvent.clear(screen.getByTestId('card-number'));
    await userEvent.type(screen.getByTestId('card-number'), '4111 1111 1111 1111');
    await userEvent.click(screen.getByTestId('payment-save'));

    expect(await screen.findByTestId('payment-method-success')).toBeInTheDocument();
    expect(screen.getByTestId('payment-method-value')).toHaveTextContent('Visa •••• 1111, expires 03/2030');
    expect(screen.queryByTestId('card-number')).not.toBeInTheDocument();
    expect(await api.matching('PUT', `${BASE}/payment-method`)[1]!.json()).toEqual({
      type: 'CARD',
      card: { number: '4111 1111 1111 1111', expiryMonth: 3, expiryYear: 2030, holder: 'Alice Admin' },
    });
    // opening the form again starts empty: the card number was not kept
    await userEvent.click(screen.getByTestId('payment-method-change'));
    expect(screen.getByTestId('card-number')).toHaveValue('');
    expect(screen.getByTestId('card-holder')).toHaveValue('');
  });

  it('offers no change without actions.changePaymentMethod', async () => {
    fakeApi({
      [`GET ${BASE}`]: () =>
        json(subscription({ actions: { ...subscription().actions, changePaymentMethod: false, transferAdmin: false } }), 200),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
    });
    renderRoute();

    await screen.findByTestId('subscription-details');
    expect(screen.queryByTestId('payment-method-change')).not.toBeInTheDocument();
    expect(screen.queryByTestId('admin-transfer-open')).not.toBeInTheDocument();
  });
});

describe('ManageSubscriptionRoute: invoices', () => {
  afterEach(() => {
    installApiAuth({ token: async () => undefined, refresh: async () => false, login: () => {} });
  });

  it('lists the invoices with money in the UI language and downloads the PDF with the bearer token', async () => {
    installApiAuth({ token: async () => 'token-1', refresh: async () => false, login: () => {} });
    const pdf = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n';
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([invoice]),
      [`GET ${BASE}/invoices/${invoice.id}/pdf`]: () => new Response(pdf, { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:http://localhost/invoice-1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, attached: document.body.contains(this) });
    });
    renderRoute();

    const row = await screen.findByTestId('invoice-row');
    expect(row).toHaveAttribute('data-number', 'INV-2026-000042');
    expect(within(row).getByTestId('invoice-net')).toHaveTextContent('€1,290.00');
    expect(within(row).getByTestId('invoice-tax')).toHaveTextContent('€245.10');
    expect(within(row).getByTestId('invoice-total')).toHaveTextContent('€1,535.10');
    expect(row).toHaveTextContent('PO-1');
    expect(row).toHaveTextContent('Nov 22, 2026 – Nov 21, 2027');
    await userEvent.click(within(row).getByTestId('invoice-download'));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const [request] = api.matching('GET', `${BASE}/invoices/${invoice.id}/pdf`);
    expect(request!.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request!.headers.get('Accept')).toBe('application/pdf');
    expect(clicked[0]).toEqual({ download: 'INV-2026-000042.pdf', href: 'blob:http://localhost/invoice-1', attached: true });
    expect(await saved!.text()).toBe(pdf);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failed download in the alert, and the empty state when there are none', async () => {
    fakeApi({
      [`GET ${BASE}`]: () => json(subscription(), 200, { ETag: '"1"' }),
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: [() => json([invoice])],
      [`GET ${BASE}/invoices/${invoice.id}/pdf`]: () => problem(404, '/problems/not-found', 'Not found', 'Invoice is gone.'),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('invoice-download'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Invoice is gone.');
  });

  it('says "No invoices yet" when there are none, and has no invoices for a subscription pending activation', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: [
        () => json(subscription(), 200, { ETag: '"1"' }),
        () => json(subscription({ status: 'PENDING_ACTIVATION', actions: { ...subscription().actions, activate: true } }), 200),
      ],
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
    });
    const { unmount } = renderRoute();
    expect(await screen.findByTestId('invoices-empty')).toHaveTextContent('No invoices yet');
    expect(screen.queryByTestId('invoice-row')).not.toBeInTheDocument();
    unmount();

    renderRoute();
    await screen.findByTestId('activation-notice');
    expect(screen.queryByTestId('invoices-section')).not.toBeInTheDocument();
    expect(api.matching('GET', `${BASE}/invoices`)).toHaveLength(1);
  });
});

describe('ManageSubscriptionRoute: admin transfer', () => {
  const bob = member('b0000000-0000-4000-a000-000000000002', 'bob@acme.example', 'Bob', 'Builder');
  const alice = member('b0000000-0000-4000-a000-000000000001', 'alice.admin@acme.example', 'Alice', 'Admin', 'ADMIN');

  it('posts the chosen member’s email after the confirmation naming them, then reads the subscription again', async () => {
    const transferred = subscription({ admin: { userId: bob.userId, email: bob.email, name: 'Bob Builder', pending: false } });
    const api = fakeApi({
      [`GET ${BASE}`]: [() => json(subscription(), 200, { ETag: '"1"' }), () => json(transferred, 200, { ETag: '"2"' })],
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`GET ${MEMBERS}`]: () => json({ items: [alice, bob] }),
      [`POST ${BASE}/admin-transfer`]: () => json(transferred, 200, { ETag: '"2"' }),
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('admin-transfer-open'));
    const dialog = screen.getByTestId('admin-transfer-dialog');
    const select = await within(dialog).findByTestId('admin-transfer-member');
    // the current admin is not offered
    expect(within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['', 'bob@acme.example']);
    await userEvent.selectOptions(select, 'bob@acme.example');
    expect(within(dialog).getByTestId('admin-transfer-email')).toHaveValue('bob@acme.example');
    await userEvent.click(within(dialog).getByTestId('admin-transfer-continue'));

    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Bob Builder <bob@acme.example>');
    expect(api.matching('POST', `${BASE}/admin-transfer`)).toHaveLength(0);
    await userEvent.click(within(confirm).getByTestId('admin-transfer-submit'));

    expect(await screen.findByTestId('admin-transfer-success')).toHaveTextContent('bob@acme.example');
    const [post] = api.matching('POST', `${BASE}/admin-transfer`);
    expect(await post!.json()).toEqual({ email: 'bob@acme.example' });
    await waitFor(() => expect(api.matching('GET', BASE)).toHaveLength(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('subscription-admin')).toHaveTextContent('Bob Builder');
    expect(screen.queryByTestId('admin-transfer-readonly')).not.toBeInTheDocument();
  });

  it('without access to the members offers the email field; after losing the manage right shows the read-only view', async () => {
    const asSeenNow = subscription({
      admin: { userId: null, email: 'new.admin@example.com', name: null, pending: true },
      actions: Object.fromEntries(Object.keys(subscription().actions).map((k) => [k, false])),
    });
    const api = fakeApi({
      [`GET ${BASE}`]: [
        () => json(subscription(), 200, { ETag: '"1"' }),
        () => problem(404, '/problems/not-found', 'Not found', 'Subscription not found.'),
      ],
      [`GET ${BASE}/po-numbers`]: () => json(history),
      [`GET ${BASE}/invoices`]: () => json([]),
      [`GET ${MEMBERS}`]: () => problem(403, '/problems/forbidden', 'Forbidden', 'Not a member.'),
      [`POST ${BASE}/admin-transfer`]: [
        () =>
          problem(422, '/problems/validation', 'Invalid request', 'Please correct the marked fields.', [
            { field: 'transferAdmin.request.email', message: 'must be an email address' },
          ]),
        () => json(asSeenNow, 200),
      ],
    });
    renderRoute();

    await userEvent.click(await screen.findByTestId('admin-transfer-open'));
    await waitFor(() => expect(api.matching('GET', MEMBERS)).toHaveLength(1));
    expect(screen.queryByTestId('admin-transfer-member')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('admin-transfer-email')).toHaveAccessibleDescription(
      'They are invited and see the subscription when they sign in with this address.',
    );
    await userEvent.type(screen.getByTestId('admin-transfer-email'), 'new.admin@');
    await userEvent.click(screen.getByTestId('admin-transfer-continue'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('new.admin@');
    await userEvent.click(screen.getByTestId('admin-transfer-submit'));

    // back at the first step with the message next to the field
    expect(await screen.findByTestId('admin-transfer-email-error')).toHaveTextContent('must be an email address');
    await userEvent.type(screen.getByTestId('admin-transfer-email'), 'example.com');
    await userEvent.click(screen.getByTestId('admin-transfer-continue'));
    await userEvent.click(screen.getByTestId('admin-transfer-submit'));

    expect(await screen.findByTestId('admin-transfer-readonly')).toBeInTheDocument();
    expect(api.matching('POST', `${BASE}/admin-transfer`).length).toBe(2);
    expect(await api.matching('POST', `${BASE}/admin-transfer`)[1]!.json()).toEqual({ email: 'new.admin@example.com' });
    await waitFor(() => expect(api.matching('GET', BASE)).toHaveLength(2));
    expect(screen.getByTestId('admin-transfer-success')).toHaveTextContent('new.admin@example.com');
    expect(screen.getByTestId('subscription-admin')).toHaveTextContent('new.admin@example.com');
    for (const id of ['payment-method-change', 'admin-transfer-open', 'po-number-edit', 'cancel-subscription', 'read-agreement', 'invoices-section']) {
      expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    }
    // the 404 of the reload is the expected consequence, not a problem to show
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
