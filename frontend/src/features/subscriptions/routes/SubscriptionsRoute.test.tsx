import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CurrentCompanyContext } from '@/lib/current-company';
import { fakeApi, json, subscription } from '../test/fixtures';
import { SubscriptionsRoute } from './SubscriptionsRoute';

const COMPANY = { companyId: 'a0000000-0000-4000-a000-000000000001', companyName: 'Acme Tools GmbH' };

function renderRoute() {
  return render(
    <MemoryRouter initialEntries={['/subscriptions']}>
      <CurrentCompanyContext value={COMPANY}>
        <SubscriptionsRoute />
      </CurrentCompanyContext>
    </MemoryRouter>,
  );
}

describe('SubscriptionsRoute', () => {
  it('lists the current company’s subscriptions, pages with Load more, and filters by status and text', async () => {
    const api = fakeApi({
      'GET /api/v1/subscriptions': (request) => {
        const query = new URL(request.url).searchParams;
        if (query.get('cursor') === 'page-2') return json({ items: [subscription({ id: 'b', number: 'SUB-000002' })], next: null });
        if (query.getAll('status').join() === 'ENDED') return json({ items: [subscription({ id: 'c', number: 'SUB-000009', status: 'ENDED' })], next: null });
        return json({ items: [subscription({ id: 'a', number: 'SUB-000001' })], next: 'page-2' });
      },
    });
    renderRoute();

    expect(await screen.findByTestId('subscription-row')).toHaveAttribute('data-number', 'SUB-000001');
    const first = new URL(api.calls[0]!.url).searchParams;
    expect(first.get('companyId')).toBe(COMPANY.companyId);
    expect(first.has('status')).toBe(false);

    await userEvent.click(screen.getByTestId('subscriptions-load-more'));
    await screen.findByText('SUB-000002');
    expect(screen.getAllByTestId('subscription-row').map((r) => r.dataset.number)).toEqual(['SUB-000001', 'SUB-000002']);

    await userEvent.selectOptions(screen.getByTestId('status-filter'), 'ENDED');
    await screen.findByText('SUB-000009');
    expect(screen.getAllByTestId('subscription-row')).toHaveLength(1);

    await userEvent.type(screen.getByTestId('search-input'), 'PO-4711');
    await userEvent.click(screen.getByTestId('search-submit'));
    const last = new URL(api.calls.at(-1)!.url).searchParams;
    expect(last.get('q')).toBe('PO-4711');
    expect(last.get('status')).toBe('ENDED');
    expect(last.get('companyId')).toBe(COMPANY.companyId);
  });

  it('asks for every status, ended and lapsed included, when "all" is chosen', async () => {
    const api = fakeApi({ 'GET /api/v1/subscriptions': () => json({ items: [subscription()], next: null }) });
    renderRoute();
    await screen.findByTestId('subscription-row');

    await userEvent.selectOptions(screen.getByTestId('status-filter'), 'ALL');

    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(new URL(api.calls[1]!.url).searchParams.getAll('status')).toEqual([
      'PENDING_ACTIVATION',
      'ACTIVE',
      'NON_RENEWING',
      'ENDED',
      'LAPSED',
    ]);
  });

  it('explains why a subscription may not be visible when the list is empty', async () => {
    fakeApi({ 'GET /api/v1/subscriptions': () => json({ items: [], next: null }) });
    renderRoute();

    const empty = await screen.findByTestId('subscriptions-empty');
    expect(empty).toHaveTextContent('No subscriptions to show');
    expect(empty).toHaveTextContent('different email address');
    expect(empty).toHaveTextContent('another company than Acme Tools GmbH');
    expect(empty).toHaveTextContent('activation window');
  });
});
