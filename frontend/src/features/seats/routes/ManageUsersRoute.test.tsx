import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SUB_ID, fakeApi, json, overview, problem, seat } from '../test/fixtures';
import { ManageUsersRoute } from './ManageUsersRoute';

const SEATS = `/api/v1/subscriptions/${SUB_ID}/seats`;

function renderRoute() {
  return render(
    <MemoryRouter initialEntries={[`/subscriptions/${SUB_ID}/users`]}>
      <Routes>
        <Route path="/subscriptions/:id/users" element={<ManageUsersRoute />} />
      </Routes>
    </MemoryRouter>,
  );
}

function rowOf(email: string) {
  const row = screen.getAllByTestId('seat-row').find((r) => r.dataset.email === email);
  if (!row) throw new Error(`no seat row for ${email}`);
  return row;
}

function day(date: string) {
  const found = screen.getAllByTestId('seat-calendar-day').find((d) => d.dataset.date === date);
  if (!found) throw new Error(`no calendar day ${date}`);
  return found;
}

// today 2026-12-01, 2 licenses, term 2026-11-22 .. 2027-11-21, renewing
const alice = seat({ email: 'alice.admin@acme.example', name: 'Alice Admin', validFrom: '2026-11-22', validUntil: null });
const bob = seat({ email: 'bob@acme.example', validFrom: '2026-12-01', validUntil: '2026-12-31', state: 'INVITED' });
const dave = seat({
  email: 'dave@acme.example',
  validFrom: '2026-11-22',
  validUntil: '2026-11-25',
  state: 'ENDED',
  actions: { changePeriod: false, revoke: false },
});
// revoked before it started: the server set validUntil to the day before the revocation
const carol = seat({
  email: 'carol@acme.example',
  validFrom: '2026-12-10',
  validUntil: '2026-11-30',
  state: 'REVOKED',
  revokedAt: '2026-12-01T09:00:00Z',
  actions: { changePeriod: false, revoke: false },
});
const full = overview({ usedToday: 2, freeToday: 0, nextFreeDate: '2027-01-01', seats: [alice, bob, dave, carol] });

// the calendar draws a column for each of ~450 days: rendering takes a while in jsdom
describe('ManageUsersRoute', { timeout: 20_000 }, () => {
  it('shows today’s usage, every seat, and the calendar with the used seats per day and a bar per person', async () => {
    fakeApi({ [`GET ${SEATS}`]: () => json(full) });
    renderRoute();

    expect(await screen.findByTestId('seat-usage-quantity')).toHaveTextContent('2');
    expect(screen.getByTestId('seat-usage-used')).toHaveTextContent('2');
    expect(screen.getByTestId('seat-usage-free')).toHaveTextContent('0');
    expect(screen.getByTestId('seat-usage-next-free')).toHaveAttribute('data-date', '2027-01-01');
    expect(screen.getByTestId('seat-usage-next-free')).toHaveTextContent('2027');

    expect(screen.getAllByTestId('seat-row').map((r) => [r.dataset.email, r.dataset.state])).toEqual([
      ['alice.admin@acme.example', 'ACTIVE'],
      ['bob@acme.example', 'INVITED'],
      ['dave@acme.example', 'ENDED'],
      ['carol@acme.example', 'REVOKED'],
    ]);
    expect(within(rowOf('alice.admin@acme.example')).getByTestId('seat-period')).toHaveTextContent('no end date');
    // only what the server's actions allow
    expect(within(rowOf('dave@acme.example')).queryByTestId('seat-revoke')).not.toBeInTheDocument();
    expect(within(rowOf('bob@acme.example')).getByTestId('seat-revoke')).toBeInTheDocument();

    const calendar = screen.getByTestId('seat-calendar');
    const svg = within(calendar).getByRole('img');
    expect(svg).toHaveAccessibleName(/Seat calendar of ON!Track Asset Management \(SUB-000123\)/);
    expect(svg).toHaveAccessibleName(/at most 2 on one day/);
    // the term and three months after the renewal
    const days = screen.getAllByTestId('seat-calendar-day');
    expect(days[0]).toHaveAttribute('data-date', '2026-11-22');
    expect(days.at(-1)).toHaveAttribute('data-date', '2028-02-21');
    expect(day('2026-11-23')).toHaveAttribute('data-used', '2'); // alice + dave
    expect(day('2026-11-26')).toHaveAttribute('data-used', '1'); // dave's period is over
    expect(day('2026-12-01')).toHaveAttribute('data-used', '2'); // alice + bob: full
    expect(day('2026-12-01')).toHaveAttribute('data-full', 'true');
    expect(day('2027-01-01')).toHaveAttribute('data-used', '1');
    expect(day('2026-12-15')).toHaveAttribute('data-used', '2'); // carol, revoked before her start, never counts
    expect(day('2026-12-15').querySelector('title')).toHaveTextContent('used 2 of 2 — full');
    expect(day('2027-01-01').querySelector('title')).toHaveTextContent('used 1 of 2, 1 free');
    expect(screen.getAllByTestId('seat-calendar-bar').map((b) => b.dataset.email)).toEqual([
      'alice.admin@acme.example',
      'dave@acme.example',
      'bob@acme.example',
    ]);
    expect(screen.getByTestId('seat-calendar-today')).toBeInTheDocument();

    // the readout names today, then the day under the pointer
    expect(screen.getByTestId('seat-calendar-readout')).toHaveTextContent('used 2 of 2');
    fireEvent.mouseEnter(day('2027-01-01'));
    expect(screen.getByTestId('seat-calendar-readout')).toHaveTextContent(/2027: used 1 of 2, 1 free/);

    // the next 90 days instead of the term
    await userEvent.selectOptions(screen.getByTestId('seat-calendar-window'), 'next');
    const next = screen.getAllByTestId('seat-calendar-day');
    expect(next).toHaveLength(90);
    expect(next[0]).toHaveAttribute('data-date', '2026-12-01');
    expect(screen.getAllByTestId('seat-calendar-bar').map((b) => b.dataset.email)).toEqual([
      'alice.admin@acme.example',
      'bob@acme.example',
    ]);
  });

  it('shows a 409 no-free-seat on assigning with the server’s detail, and adds nothing', async () => {
    const api = fakeApi({
      [`GET ${SEATS}`]: () => json(full),
      [`POST ${SEATS}`]: () =>
        problem(
          409,
          'https://portico.example/problems/no-free-seat',
          'No free seat for the whole period',
          'All 2 seats are taken on 2026-12-01, 2026-12-02. Shorten or revoke another seat, or choose other dates.',
          [
            { field: 'validFrom', message: 'no free seat 2026-12-01' },
            { field: 'validFrom', message: 'no free seat 2026-12-02' },
          ],
        ),
    });
    renderRoute();

    const email = await screen.findByTestId('seat-assign-email');
    expect(screen.getByTestId('seat-assign-from')).toHaveValue('2026-12-01'); // the company's today
    expect(screen.getByTestId('seat-assign-from')).toHaveAttribute('type', 'date');
    await userEvent.type(email, 'max.member@acme.example');
    fireEvent.change(screen.getByTestId('seat-assign-until'), { target: { value: '2026-12-31' } });
    await userEvent.click(screen.getByTestId('seat-assign-submit'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No free seat for the whole period');
    expect(alert).toHaveTextContent('All 2 seats are taken on 2026-12-01, 2026-12-02.');
    // the days are in the detail once; not repeated as field errors
    expect(alert).not.toHaveTextContent('no free seat 2026-12-01');
    expect(screen.queryByTestId('seat-assign-from-error')).not.toBeInTheDocument();
    expect(screen.queryByTestId('seat-assign-success')).not.toBeInTheDocument();
    // the input stays for another try
    expect(screen.getByTestId('seat-assign-email')).toHaveValue('max.member@acme.example');
    expect(screen.getAllByTestId('seat-row')).toHaveLength(4);
    const [post] = api.matching('POST', SEATS);
    expect(await post!.json()).toEqual({ email: 'max.member@acme.example', validFrom: '2026-12-01', validUntil: '2026-12-31' });
    expect(api.matching('GET', SEATS)).toHaveLength(1);
  });

  it('assigns a seat, shows it in the table and the calendar, and puts a 422 next to its field', async () => {
    const max = seat({ email: 'max.member@acme.example', validFrom: '2026-12-01', validUntil: '2026-12-20', state: 'INVITED' });
    const api = fakeApi({
      [`GET ${SEATS}`]: [
        () => json(overview({ seats: [alice] })),
        () => json(overview({ usedToday: 2, freeToday: 0, seats: [alice, max] })),
      ],
      [`POST ${SEATS}`]: [
        () =>
          problem(422, '/problems/validation', 'Invalid request', 'Please correct the marked fields.', [
            { field: 'assign.request.email', message: 'must be an email address' },
          ]),
        () => json(max, 201),
      ],
    });
    renderRoute();

    await userEvent.type(await screen.findByTestId('seat-assign-email'), 'max.member@');
    await userEvent.click(screen.getByTestId('seat-assign-submit'));
    expect(await screen.findByTestId('seat-assign-email-error')).toHaveTextContent('must be an email address');
    expect(screen.getByTestId('seat-assign-email')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(screen.getByTestId('seat-assign-email'), 'acme.example');
    fireEvent.change(screen.getByTestId('seat-assign-until'), { target: { value: '2026-12-20' } });
    await userEvent.click(screen.getByTestId('seat-assign-submit'));

    expect(await screen.findByTestId('seat-assign-success')).toHaveTextContent('max.member@acme.example');
    expect(rowOf('max.member@acme.example')).toHaveAttribute('data-state', 'INVITED');
    await waitFor(() => expect(screen.getByTestId('seat-usage-free')).toHaveTextContent('0'));
    expect(screen.getAllByTestId('seat-calendar-bar').map((b) => b.dataset.email)).toContain('max.member@acme.example');
    expect(day('2026-12-20')).toHaveAttribute('data-used', '2');
    expect(day('2026-12-21')).toHaveAttribute('data-used', '1');
    expect(screen.getByTestId('seat-assign-email')).toHaveValue('');
    expect(await api.matching('POST', SEATS)[1]!.json()).toEqual({
      email: 'max.member@acme.example',
      validFrom: '2026-12-01',
      validUntil: '2026-12-20',
    });
  });

  it('revokes a seat only after confirming', async () => {
    const revoked = { ...bob, validUntil: '2026-11-30', state: 'REVOKED', revokedAt: '2026-12-01T10:00:00Z', actions: { changePeriod: false, revoke: false } };
    const api = fakeApi({
      [`GET ${SEATS}`]: [() => json(full), () => json({ ...full, usedToday: 1, freeToday: 1, seats: [alice, revoked, dave, carol] })],
      [`POST /api/v1/seats/${bob.id}/revocation`]: () => json(revoked),
    });
    renderRoute();

    await screen.findAllByTestId('seat-row');
    await userEvent.click(within(rowOf('bob@acme.example')).getByTestId('seat-revoke'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('bob@acme.example loses access to ON!Track Asset Management now');
    await userEvent.click(within(dialog).getByTestId('confirm-cancel'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.matching('POST', `/api/v1/seats/${bob.id}/revocation`)).toHaveLength(0);

    await userEvent.click(within(rowOf('bob@acme.example')).getByTestId('seat-revoke'));
    await userEvent.click(screen.getByTestId('confirm-ok'));

    expect(await screen.findByTestId('seat-success')).toHaveTextContent('The seat of bob@acme.example was revoked.');
    expect(api.matching('POST', `/api/v1/seats/${bob.id}/revocation`)).toHaveLength(1);
    expect(rowOf('bob@acme.example')).toHaveAttribute('data-state', 'REVOKED');
    expect(within(rowOf('bob@acme.example')).queryByTestId('seat-revoke')).not.toBeInTheDocument();
    // free again from today: revoked before its first day, it leaves the calendar
    await waitFor(() => expect(screen.getByTestId('seat-usage-free')).toHaveTextContent('1'));
    expect(day('2026-12-01')).toHaveAttribute('data-used', '1');
    expect(screen.getAllByTestId('seat-calendar-bar').map((b) => b.dataset.email)).not.toContain('bob@acme.example');
  });

  it('changes a period to open-ended by clearing the end date; a 422 shows next to the field', async () => {
    const changed = { ...bob, validUntil: null };
    const api = fakeApi({
      [`GET ${SEATS}`]: [() => json(full), () => json({ ...full, seats: [alice, changed, dave, carol] })],
      [`PUT /api/v1/seats/${bob.id}/period`]: [
        () =>
          problem(422, '/problems/validation', 'Invalid request', 'Please correct the marked fields.', [
            { field: 'validUntil', message: 'must not be before validFrom' },
          ]),
        () => json(changed),
      ],
    });
    renderRoute();

    await screen.findAllByTestId('seat-row');
    await userEvent.click(within(rowOf('bob@acme.example')).getByTestId('seat-change-period'));
    expect(screen.getByTestId('seat-period-from')).toHaveValue('2026-12-01');
    expect(screen.getByTestId('seat-period-until')).toHaveValue('2026-12-31');
    fireEvent.change(screen.getByTestId('seat-period-until'), { target: { value: '2026-11-01' } });
    await userEvent.click(screen.getByTestId('seat-period-save'));
    expect(await screen.findByTestId('seat-period-until-error')).toHaveTextContent('must not be before validFrom');
    expect(screen.getByTestId('seat-period-until')).toHaveAccessibleDescription('must not be before validFrom');

    fireEvent.change(screen.getByTestId('seat-period-until'), { target: { value: '' } });
    await userEvent.click(screen.getByTestId('seat-period-save'));

    expect(await screen.findByTestId('seat-success')).toHaveTextContent('bob@acme.example');
    expect(screen.queryByTestId('seat-period-form')).not.toBeInTheDocument();
    expect(within(rowOf('bob@acme.example')).getByTestId('seat-period')).toHaveTextContent('no end date');
    const puts = api.matching('PUT', `/api/v1/seats/${bob.id}/period`);
    expect(await puts[0]!.json()).toEqual({ validFrom: '2026-12-01', validUntil: '2026-11-01' });
    expect(await puts[1]!.json()).toEqual({ validFrom: '2026-12-01', validUntil: null });
  });

  it('tells a plain member that only admins manage the users', async () => {
    fakeApi({ [`GET ${SEATS}`]: () => problem(403, '/problems/forbidden', 'Forbidden', 'Not allowed.') });
    renderRoute();

    expect(await screen.findByTestId('seats-forbidden')).toHaveTextContent('You cannot manage the users of this subscription');
    expect(screen.queryByTestId('seat-assign-form')).not.toBeInTheDocument();
  });
});
