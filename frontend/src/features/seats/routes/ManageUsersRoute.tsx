import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { assignSeat } from '../api/assign-seat';
import { changeSeatPeriod } from '../api/change-seat-period';
import { useSeats } from '../api/get-seats';
import { importSeats } from '../api/import-seats';
import { revokeSeat } from '../api/revoke-seat';
import type { ImportMode, Seat, SeatAssignment, SeatPeriodChange } from '../api/types';
import { AssignSeatForm } from '../components/AssignSeatForm';
import { SeatCalendar } from '../components/SeatCalendar';
import { SeatImportForm } from '../components/SeatImportForm';
import { SeatsTable } from '../components/SeatsTable';
import { SeatUsageSummary } from '../components/SeatUsageSummary';

/**
 * `/subscriptions/:id/users` ("Manage users"): today's usage, the seat calendar, the seats with change period and
 * revoke, assigning a seat by email and assigning many from a CSV file. After every change the overview is read
 * again, so usage, calendar and actions are the server's.
 */
export function ManageUsersRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const seats = useSeats(id);
  const o = seats.data;
  const forbidden = seats.error instanceof ApiProblem && seats.error.status === 403;

  const setOverview = seats.setData;
  const reload = seats.reload;
  /** Shows the server's answer for one seat at once; the reload brings usage and the other seats' actions. */
  const applied = useCallback(
    (seat: Seat) => {
      setOverview((current) =>
        current && {
          ...current,
          seats: current.seats.some((s) => s.id === seat.id)
            ? current.seats.map((s) => (s.id === seat.id ? seat : s))
            : [...current.seats, seat],
        },
      );
      reload();
    },
    [setOverview, reload],
  );

  const assign = useCallback(
    async (assignment: SeatAssignment) => {
      const seat = await assignSeat(id!, assignment);
      applied(seat);
      return seat;
    },
    [id, applied],
  );
  const changePeriod = useCallback(
    async (seat: Seat, period: SeatPeriodChange) => applied(await changeSeatPeriod(seat.id, period)),
    [applied],
  );
  const revoke = useCallback(async (seat: Seat) => applied(await revokeSeat(seat.id)), [applied]);
  const upload = useCallback(
    async (csv: string, mode: ImportMode) => {
      const result = await importSeats(id!, csv, mode);
      if (result.created > 0) reload();
      return result;
    },
    [id, reload],
  );

  return (
    <section className="page" data-testid="seats-page">
      <p>
        <Link to={`/subscriptions/${id}`} data-testid="seats-back">
          {t('seats.backToSubscription')}
        </Link>
      </p>
      {forbidden ? (
        <EmptyState title={t('seats.forbidden')} text={t('seats.forbiddenHint')} testId="seats-forbidden" />
      ) : (
        <ProblemAlert error={seats.error} />
      )}
      {seats.loading && !o && <Loading />}
      {o && (
        <>
          <div className="page__header">
            <h1>
              {t('seats.title', { product: o.productName })} <span className="muted">{o.subscriptionNumber}</span>
            </h1>
          </div>
          <SeatUsageSummary overview={o} />
          <SeatCalendar overview={o} />
          <section aria-labelledby="seats-heading" className="card">
            <h2 id="seats-heading">{t('seats.table.heading')}</h2>
            {o.seats.length > 0 ? (
              <SeatsTable seats={o.seats} productName={o.productName} today={o.today} onChangePeriod={changePeriod} onRevoke={revoke} />
            ) : (
              <EmptyState title={t('seats.table.empty')} text={t('seats.table.emptyHint')} testId="seats-empty" />
            )}
          </section>
          {o.canAssign ? (
            <>
              <AssignSeatForm today={o.today} lastDay={o.autoRenew ? null : (o.termEnd ?? null)} onAssign={assign} />
              <SeatImportForm onImport={upload} />
            </>
          ) : (
            <p className="card notice" data-testid="seats-cannot-assign">
              {t('seats.cannotAssign')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
