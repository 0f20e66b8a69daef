import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AGENT, renderAt } from '../test/render';
import { AGENT_ACTIONS, TICKET_ID, fakeApi, json, message, problem, ticket } from '../test/fixtures';
import { TicketRoute } from './TicketRoute';

const TICKET = `/api/v1/tickets/${TICKET_ID}`;

const customerReply = message({ id: 'm2', author: 'Nina Nowak', fromSupport: false, body: 'Here is the output.', createdAt: '2026-11-22T12:00:00Z' });
const supportReply = message({ id: 'm1', body: 'Please send the output.' });
const note = message({ id: 'm3', internal: true, body: 'Looks like the DPD bug in 7.2.', createdAt: '2026-11-22T12:30:00Z' });

function renderTicket(options: Parameters<typeof renderAt>[3] = {}) {
  return renderAt(`/support/tickets/${TICKET_ID}`, '/support/tickets/:id', <TicketRoute />, options);
}

async function reply(text: string) {
  await userEvent.click(screen.getByTestId('reply-body'));
  await userEvent.paste(text);
  await userEvent.click(screen.getByTestId('reply-submit'));
}

describe('TicketRoute', () => {
  it('shows number, state, line, the description with its files, and the thread newest first, support replies marked', async () => {
    fakeApi({ [`GET ${TICKET}`]: () => json(ticket({ messages: [customerReply, supportReply] })) });
    renderTicket();

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('T-2026-000042');
    expect(screen.getByTestId('ticket-state')).toHaveAttribute('data-state', 'OPEN');
    expect(screen.getByTestId('ticket-line-label')).toHaveTextContent('Fortinet FortiGate 60F, SN FGT60F-DEMO-0001');
    expect(within(screen.getByTestId('ticket-description-section')).getByTestId('attachment')).toHaveAttribute('data-file-name', 'router.log');
    const messages = screen.getAllByTestId('ticket-message');
    expect(messages.map((m) => m.dataset.fromSupport)).toEqual(['false', 'true']);
    expect(messages[1]).toHaveClass('message--support');
    expect(screen.getByTestId('reopen-hint')).toHaveTextContent('A closed ticket can be reopened at any time; replying reopens it too.');
  });

  it('a customer replies without an internal-note toggle and sees no Resolve', async () => {
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(ticket()),
      [`POST ${TICKET}/messages`]: () => json(ticket({ state: 'WAITING_FOR_SUPPORT', messages: [customerReply] })),
    });
    renderTicket();

    await screen.findByTestId('reply-form');
    expect(screen.queryByTestId('reply-internal')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ticket-resolve')).not.toBeInTheDocument();
    await reply('Here is the output.');

    await waitFor(() => expect(screen.getByTestId('ticket-state')).toHaveAttribute('data-state', 'WAITING_FOR_SUPPORT'));
    expect(await api.matching('POST', `${TICKET}/messages`)[0]!.json()).toEqual({ body: 'Here is the output.', attachmentIds: [] });
    expect(screen.getByTestId('reply-body')).toHaveValue('');
  });

  it('an agent sees internal notes marked and writes one with the toggle', async () => {
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(ticket({ actions: AGENT_ACTIONS, messages: [customerReply, supportReply] })),
      [`POST ${TICKET}/messages`]: () => json(ticket({ actions: AGENT_ACTIONS, messages: [note, customerReply, supportReply] })),
    });
    renderTicket({ company: null, user: AGENT });

    await userEvent.click(await screen.findByTestId('reply-internal'));
    expect(screen.getByRole('heading', { name: 'Internal note' })).toBeInTheDocument();
    await reply('Looks like the DPD bug in 7.2.');

    const newest = await waitFor(() => {
      const first = screen.getAllByTestId('ticket-message')[0]!;
      expect(first).toHaveAttribute('data-internal', 'true');
      return first;
    });
    expect(within(newest).getByTestId('internal-note-badge')).toHaveTextContent('Internal note');
    expect(await api.matching('POST', `${TICKET}/messages`)[0]!.json()).toEqual({
      body: 'Looks like the DPD bug in 7.2.',
      attachmentIds: [],
      internal: true,
    });
    expect(screen.getByTestId('ticket-resolve')).toBeInTheDocument();
  });

  it('reopening a closed ticket posts the reopening and shows it open again', async () => {
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(ticket({ state: 'CLOSED', actions: { ...ticket().actions, close: false, reopen: true } })),
      [`POST ${TICKET}/reopening`]: () => json(ticket({ state: 'WAITING_FOR_SUPPORT' })),
    });
    renderTicket();

    expect(await screen.findByTestId('ticket-state')).toHaveAttribute('data-state', 'CLOSED');
    expect(screen.queryByTestId('ticket-close')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('ticket-reopen'));

    await waitFor(() => expect(screen.getByTestId('ticket-state')).toHaveAttribute('data-state', 'WAITING_FOR_SUPPORT'));
    expect(api.matching('POST', `${TICKET}/reopening`)).toHaveLength(1);
    expect(screen.queryByTestId('ticket-reopen')).not.toBeInTheDocument();
  });

  it('closing posts the closure', async () => {
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(ticket()),
      [`POST ${TICKET}/closure`]: () => json(ticket({ state: 'CLOSED', actions: { ...ticket().actions, close: false, reopen: true } })),
    });
    renderTicket();

    await userEvent.click(await screen.findByTestId('ticket-close'));

    await waitFor(() => expect(screen.getByTestId('ticket-state')).toHaveAttribute('data-state', 'CLOSED'));
    expect(api.matching('POST', `${TICKET}/closure`)).toHaveLength(1);
  });

  it('adds and removes CC addresses through the API', async () => {
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(ticket()),
      [`POST ${TICKET}/cc`]: () => json(['it@nordic-frames.example', 'boss@nordic-frames.example']),
      [`DELETE ${TICKET}/cc/it%40nordic-frames.example`]: () => json(['boss@nordic-frames.example']),
    });
    renderTicket();

    await userEvent.type(await screen.findByTestId('cc-input'), 'boss@nordic-frames.example');
    await userEvent.click(screen.getByTestId('cc-add'));
    await waitFor(() =>
      expect(screen.getAllByTestId('cc-chip').map((c) => c.dataset.email)).toEqual(['it@nordic-frames.example', 'boss@nordic-frames.example']),
    );
    expect(await api.matching('POST', `${TICKET}/cc`)[0]!.json()).toEqual({ email: 'boss@nordic-frames.example' });
    expect(screen.getByTestId('cc-input')).toHaveValue('');

    const itChip = screen.getAllByTestId('cc-chip').find((c) => c.dataset.email === 'it@nordic-frames.example')!;
    await userEvent.click(within(itChip).getByTestId('cc-chip-remove'));
    await waitFor(() => expect(screen.getAllByTestId('cc-chip').map((c) => c.dataset.email)).toEqual(['boss@nordic-frames.example']));
    expect(api.matching('DELETE', `${TICKET}/cc/it%40nordic-frames.example`)).toHaveLength(1);
  });

  it('an agent sets the priority and the assignee with the ETag read as If-Match, and is told when it went stale', async () => {
    const TRIAGE_ACTIONS = { ...AGENT_ACTIONS, triage: true };
    const sam = { id: 'a0000000-0000-4000-a000-000000000001', name: 'Sam Support', email: 'sam.support@portico.example' };
    const read = ticket({ actions: TRIAGE_ACTIONS, priority: 'NORMAL', assignee: null });
    const api = fakeApi({
      [`GET ${TICKET}`]: () => json(read, 200, { ETag: '"7"' }),
      'GET /api/v1/support-agents': () => json({ items: [sam], next: null }),
      [`PUT ${TICKET}/triage`]: [
        () => json({ ...read, priority: 'URGENT', assignee: sam }, 200, { ETag: '"8"' }),
        () => problem(412, '/problems/precondition-failed', 'Changed meanwhile', 'Someone changed it.'),
      ],
    });
    renderTicket({ company: null, user: AGENT });

    const panel = await screen.findByTestId('triage-form');
    await userEvent.selectOptions(within(panel).getByTestId('triage-priority'), 'URGENT');
    await within(panel).findByRole('option', { name: /Sam Support/ });
    await userEvent.selectOptions(within(panel).getByTestId('triage-assignee'), sam.id);
    await userEvent.click(within(panel).getByTestId('triage-save'));

    expect(await screen.findByTestId('triage-done')).toBeInTheDocument();
    const [first] = api.matching('PUT', `${TICKET}/triage`);
    expect(first!.headers.get('If-Match')).toBe('"7"');
    expect(await first!.json()).toEqual({ priority: 'URGENT', assigneeId: sam.id });
    expect(screen.getByTestId('ticket-priority')).toHaveTextContent('Urgent');
    expect(screen.getByTestId('ticket-assignee')).toHaveTextContent('Sam Support');

    await userEvent.selectOptions(within(screen.getByTestId('triage-form')).getByTestId('triage-priority'), 'LOW');
    await userEvent.click(within(screen.getByTestId('triage-form')).getByTestId('triage-save'));
    expect(await screen.findByTestId('triage-stale')).toBeInTheDocument();
    expect(api.matching('PUT', `${TICKET}/triage`)[1]!.headers.get('If-Match')).toBe('"8"');
  });
});
