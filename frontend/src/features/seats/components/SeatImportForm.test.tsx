import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { importSeats } from '../api/import-seats';
import type { ImportMode } from '../api/types';
import { SUB_ID, fakeApi, json, problem } from '../test/fixtures';
import { SeatImportForm } from './SeatImportForm';
const IMPORTS = `/api/v1/subscriptions/${SUB_ID}/seat-imports`;

const CSV = [
  'email,validFrom,validUntil',
  'anna@acme.example,2026-12-01,2027-05-31',
  'not-an-email,2026-11-01,',
  'ben@acme.example,,',
].join('\n');

/** The form wired to the real API call, as the route wires it; returns the spy on its results. */
function renderForm() {
  const onImport = vi.fn((csv: string, mode: ImportMode) => importSeats(SUB_ID, csv, mode));
  render(<SeatImportForm onImport={onImport} />);
  return onImport;
}

async function upload(mode: 'ALL_OR_NOTHING' | 'BEST_EFFORT', text = CSV) {
  const input = await screen.findByTestId('seat-import-file');
  expect(screen.getByTestId('seat-import-submit')).toBeDisabled();
  await userEvent.upload(input, new File([text], 'seats.csv', { type: 'text/csv' }));
  await userEvent.selectOptions(screen.getByTestId('seat-import-mode'), mode);
  await userEvent.click(screen.getByTestId('seat-import-submit'));
}

function importRow(row: number) {
  const found = screen.getAllByTestId('seat-import-row').find((r) => r.dataset.row === String(row));
  if (!found) throw new Error(`no import row ${row}`);
  return found;
}

describe('SeatImportForm', () => {
  it('lists the failing rows of an all-or-nothing 422 from its rows[N] field errors', async () => {
    const api = fakeApi({
      [`POST ${IMPORTS}`]: () =>
        problem(
          422,
          '/problems/validation',
          'Invalid request',
          '2 of 3 rows cannot be applied, so nothing was changed. Fix them, or upload again with mode=BEST_EFFORT to apply the others.',
          [
            { field: 'rows[3].email', message: 'must be an email address' },
            { field: 'rows[3].validFrom', message: 'must be today or later' },
            { field: 'rows[4].validFrom', message: 'no free seat on 2026-12-01' },
          ],
        ),
    });
    const onImport = renderForm();

    await upload('ALL_OR_NOTHING');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('nothing was changed');
    // the rows' errors are in the table, not repeated in the alert
    expect(alert).not.toHaveTextContent('rows[3]');
    const rows = screen.getAllByTestId('seat-import-row');
    expect(rows.map((r) => [r.dataset.row, r.dataset.outcome])).toEqual([
      ['3', 'FAILED'],
      ['4', 'FAILED'],
    ]);
    expect(importRow(3)).toHaveTextContent('Email: must be an email address');
    expect(importRow(3)).toHaveTextContent('Start date: must be today or later');
    expect(importRow(4)).toHaveTextContent('Start date: no free seat on 2026-12-01');
    expect(within(importRow(4)).getByText('Failed')).toBeInTheDocument();

    const [request] = api.matching('POST', IMPORTS);
    expect(new URL(request!.url).searchParams.get('mode')).toBe('ALL_OR_NOTHING');
    expect(request!.headers.get('Content-Type')).toBe('text/csv');
    expect(await request!.text()).toBe(CSV); // the file as it is, not JSON
    expect(onImport).toHaveBeenCalledWith(CSV, 'ALL_OR_NOTHING');
  });

  it('reports every row of a best-effort upload', async () => {
    const api = fakeApi({
      [`POST ${IMPORTS}`]: () =>
        json({
          mode: 'BEST_EFFORT',
          created: 2,
          failed: 1,
          rows: [
            { row: 2, email: 'anna@acme.example', outcome: 'CREATED', seatId: '9e000000-0000-4000-8000-0000000000a1', errors: [] },
            { row: 3, email: 'not-an-email', outcome: 'FAILED', seatId: null, errors: [{ field: 'email', message: 'must be an email address' }] },
            { row: 4, email: 'ben@acme.example', outcome: 'CREATED', seatId: '9e000000-0000-4000-8000-0000000000a2', errors: [] },
          ],
        }),
    });
    renderForm();

    await upload('BEST_EFFORT');

    expect(await screen.findByTestId('seat-import-summary')).toHaveTextContent('Seats assigned: 2. Rows failed: 1.');
    expect(screen.getAllByTestId('seat-import-row').map((r) => [r.dataset.row, r.dataset.outcome])).toEqual([
      ['2', 'CREATED'],
      ['3', 'FAILED'],
      ['4', 'CREATED'],
    ]);
    expect(importRow(3)).toHaveTextContent('not-an-email');
    expect(importRow(3)).toHaveTextContent('must be an email address');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(new URL(api.matching('POST', IMPORTS)[0]!.url).searchParams.get('mode')).toBe('BEST_EFFORT');
    // ready for the next file
    expect(screen.getByTestId('seat-import-submit')).toBeDisabled();
  });

  it('shows a file that cannot be read next to the file input', async () => {
    fakeApi({
      [`POST ${IMPORTS}`]: () =>
        problem(422, '/problems/validation', 'Invalid request', 'Please correct the marked fields.', [
          { field: 'file', message: 'has no rows below the header' },
        ]),
    });
    renderForm();

    await upload('ALL_OR_NOTHING', 'email,validFrom,validUntil\n');

    expect(await screen.findByTestId('seat-import-file-error')).toHaveTextContent('The file has no rows below the header');
    expect(screen.getByTestId('seat-import-file')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('seat-import-row')).not.toBeInTheDocument();
  });
});
