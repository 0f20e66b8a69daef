import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGENT, renderAt } from '../test/render';
import { TICKET_ID, fakeApi, json, summary } from '../test/fixtures';
import { QueueRoute } from './QueueRoute';
import { companySearch, pickCompany } from '@/lib/testing/company-picker';

const QUEUE = '/api/v1/support-queue';
const NOW = new Date('2026-11-23T09:00:00Z');

function renderQueue(path = '/support/queue') {
  return renderAt(path, '/support/queue', <QueueRoute />, { company: null, user: AGENT });
}

function lastQuery(api: ReturnType<typeof fakeApi>) {
  const calls = api.matching('GET', QUEUE);
  return new URL(calls[calls.length - 1]!.url).searchParams;
}

describe('QueueRoute', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the tickets waiting for support and shows them with company, line and how long they wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const api = fakeApi({ [`GET ${QUEUE}`]: () => json({ items: [summary({ waitingSince: '2026-11-23T06:00:00Z' })], next: null }) });
    renderQueue();

    const row = await screen.findByTestId('ticket-row');
    expect(row).toHaveAttribute('data-number', 'T-2026-000042');
    expect(row).toHaveTextContent('Nordic Frames sp. z o.o.');
    expect(row).toHaveTextContent('K100200');
    expect(row).toHaveTextContent('Fortinet FortiGate 60F, SN FGT60F-DEMO-0001');
    expect(within(row).getByTestId('waiting-since')).toHaveTextContent('3 hours ago');
    expect(within(row).getByRole('link', { name: 'T-2026-000042' })).toHaveAttribute('href', `/support/tickets/${TICKET_ID}`);
    const query = lastQuery(api);
    expect(query.getAll('state')).toEqual(['OPEN', 'WAITING_FOR_SUPPORT']);
    expect(query.has('waitingBefore')).toBe(false);
  });

  it('filters by state and by how long a ticket has waited', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const api = fakeApi({ [`GET ${QUEUE}`]: () => json({ items: [], next: null }) });
    renderQueue();
    await screen.findByTestId('queue-empty');

    await userEvent.click(screen.getByTestId('queue-state-WAITING_FOR_CUSTOMER'));
    await userEvent.click(screen.getByTestId('queue-state-OPEN'));
    await userEvent.selectOptions(screen.getByTestId('queue-waiting'), '1d');

    await waitFor(() => expect(lastQuery(api).get('waitingBefore')).toBe('2026-11-22T09:00:00.000Z'));
    expect(lastQuery(api).getAll('state')).toEqual(['WAITING_FOR_SUPPORT', 'WAITING_FOR_CUSTOMER']);
  });

  it('searches by one text (a contract number, say), picks the company by name, and keeps the filter in the URL', async () => {
    const companyId = 'c0000000-0000-4000-a000-0000000000f1';
    const api = fakeApi({
      [`GET ${QUEUE}`]: () => json({ items: [], next: null }),
      ...companySearch({ id: companyId, name: 'Nordic Frames sp. z o.o.', country: 'PL', kind: 'CUSTOMER' }),
      [`GET /api/v1/companies/${companyId}`]: () => json({ id: companyId, name: 'Nordic Frames sp. z o.o.', country: 'PL', locale: 'pl', timeZone: 'Europe/Warsaw', kind: 'CUSTOMER', actions: { update: false, manageMembers: false, viewAuditTrail: false } }),
    });
    renderQueue(`/support/queue?states=&waiting=3d`);
    await screen.findByTestId('queue-empty');
    expect(lastQuery(api).getAll('state')).toEqual(['OPEN', 'WAITING_FOR_SUPPORT', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED']);
    expect(screen.getByTestId('queue-waiting')).toHaveValue('3d');

    await userEvent.type(screen.getByTestId('queue-search'), ' K100200 {Enter}');
    await waitFor(() => expect(lastQuery(api).get('q')).toBe('K100200'));

    await pickCompany('queue-company', 'nordic', 'Nordic Frames');
    await waitFor(() => expect(lastQuery(api).get('companyId')).toBe(companyId));
    expect(lastQuery(api).get('q')).toBe('K100200');
    expect(screen.getByTestId('queue-company')).toHaveValue('Nordic Frames sp. z o.o.');
  });

  it('filters by priority and assignee, and shows both in the rows', async () => {
    const api = fakeApi({
      [`GET ${QUEUE}`]: () =>
        json({ items: [summary({ priority: 'URGENT', assignee: { id: 'a1', name: 'Sam Support', email: 'sam@example.com' } })], next: null }),
    });
    renderQueue();
    const row = await screen.findByTestId('ticket-row');
    expect(within(row).getByTestId('ticket-row-priority')).toHaveTextContent('Urgent');
    expect(within(row).getByTestId('ticket-row-assignee')).toHaveTextContent('Sam Support');

    await userEvent.selectOptions(screen.getByTestId('queue-priority'), 'URGENT');
    await userEvent.selectOptions(screen.getByTestId('queue-assignee'), 'me');
    await waitFor(() => expect(lastQuery(api).get('assignee')).toBe('me'));
    expect(lastQuery(api).getAll('priority')).toEqual(['URGENT']);
  });

  it('loads the next page with the same waiting limit', async () => {
    const api = fakeApi({
      [`GET ${QUEUE}`]: (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? json({ items: [summary({ id: 'f5000000-0000-4000-a000-000000000002', number: 'T-2026-000043' })], next: null })
          : json({ items: [summary()], next: 'page-2' }),
    });
    renderQueue('/support/queue?waiting=1h');

    await userEvent.click(await screen.findByTestId('queue-load-more'));

    await waitFor(() => expect(screen.getAllByTestId('ticket-row').map((r) => r.dataset.number)).toEqual(['T-2026-000042', 'T-2026-000043']));
    const [first, second] = api.matching('GET', QUEUE).map((r) => new URL(r.url).searchParams);
    expect(second!.get('cursor')).toBe('page-2');
    expect(second!.get('waitingBefore')).toBe(first!.get('waitingBefore'));
  });
});
