import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { formatDate, formatInstant } from '@/lib/format';
import type { Seat, SeatPeriodChange } from '../api/types';
import { SeatPeriodForm } from './SeatPeriodForm';
import { SeatStateBadge } from './SeatStateBadge';

interface SeatsTableProps {
  seats: Seat[];
  productName: string;
  /** Today in the company's time zone (the server's), as an ISO date. */
  today: string;
  onChangePeriod: (seat: Seat, period: SeatPeriodChange) => Promise<unknown>;
  onRevoke: (seat: Seat) => Promise<unknown>;
}

/**
 * Every seat with its person, period and state: the accessible source of what the calendar draws. Change period
 * and revoke appear only where the seat's `actions` allow them; revoking asks first.
 */
export function SeatsTable({ seats, productName, today, onChangePeriod, onRevoke }: SeatsTableProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Seat | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const anyActions = seats.some((s) => s.actions.changePeriod || s.actions.revoke);

  async function savePeriod(seat: Seat, period: SeatPeriodChange) {
    await onChangePeriod(seat, period); // a failure stays in the form, next to the fields
    setEditing(null);
    setDone(t('seats.period.saved', { email: seat.email }));
  }

  async function confirmRevoke() {
    const seat = confirming;
    if (!seat) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      await onRevoke(seat);
      setDone(t('seats.revoke.done', { email: seat.email }));
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <>
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      {done && (
        <p className="success" role="status" data-testid="seat-success">
          {done}
        </p>
      )}
      <ScrollBox label={t('seats.table.heading')}>
        <table className="table" data-testid="seats-table">
          <thead>
            <tr>
              <th scope="col">{t('seats.table.person')}</th>
              <th scope="col">{t('seats.table.period')}</th>
              <th scope="col">{t('seats.table.state')}</th>
              {anyActions && (
                <th scope="col">
                  <span className="visually-hidden">{t('seats.table.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => (
              <Fragment key={seat.id}>
                <tr
                  data-testid="seat-row"
                  data-email={seat.email}
                  data-state={seat.state}
                  data-valid-from={seat.validFrom}
                  data-valid-until={seat.validUntil ?? ''}
                >
                  <td>
                    {seat.name ? (
                      <>
                        {seat.name}
                        <br />
                        <span className="muted">{seat.email}</span>
                      </>
                    ) : (
                      seat.email
                    )}
                  </td>
                  <td data-testid="seat-period">
                    {seat.revokedAt && seat.validUntil && seat.validUntil < seat.validFrom
                      ? t('seats.table.withdrawnBeforeStart', { from: formatDate(seat.validFrom, lng) })
                      : seat.validUntil
                      ? t('seats.period.range', { from: formatDate(seat.validFrom, lng), until: formatDate(seat.validUntil, lng) })
                      : t('seats.period.openEnded', { from: formatDate(seat.validFrom, lng) })}
                    {seat.revokedAt && (
                      <>
                        <br />
                        <span className="muted">{t('seats.table.revokedAt', { time: formatInstant(seat.revokedAt, lng) })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <SeatStateBadge state={seat.state} />
                  </td>
                  {anyActions && (
                    <td className="table__actions">
                      <div className="button-row seat-actions">
                        {seat.actions.changePeriod && (
                          <button
                            type="button"
                            className="button"
                            aria-expanded={editing === seat.id}
                            aria-label={t('seats.period.changeFor', { email: seat.email })}
                            onClick={() => {
                              setDone(null);
                              setEditing((id) => (id === seat.id ? null : seat.id));
                            }}
                            data-testid="seat-change-period"
                          >
                            {t('seats.period.change')}
                          </button>
                        )}
                        {seat.actions.revoke && (
                          <button
                            type="button"
                            className="button button--danger"
                            disabled={busy}
                            aria-label={t('seats.revoke.buttonFor', { email: seat.email })}
                            onClick={() => setConfirming(seat)}
                            data-testid="seat-revoke"
                          >
                            {t('seats.revoke.button')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
                {editing === seat.id && (
                  <tr className="seat-period-row" data-testid="seat-period-editor">
                    <td colSpan={anyActions ? 4 : 3}>
                      <SeatPeriodForm
                        seat={seat}
                        onSave={(period) => savePeriod(seat, period)}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {confirming && (
        <ConfirmDialog
          title={t('seats.revoke.confirmTitle')}
          text={
            // a seat that has not started yet is withdrawn, not ended: nobody loses access "now"
            confirming.validFrom > today
              ? t('seats.revoke.confirmTextFuture', {
                  email: confirming.email,
                  product: productName,
                  from: formatDate(confirming.validFrom, lng),
                })
              : t('seats.revoke.confirmText', { email: confirming.email, product: productName })
          }
          confirmLabel={t('seats.revoke.confirm')}
          busy={busy}
          onConfirm={() => void confirmRevoke()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
