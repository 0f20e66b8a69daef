import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import type { Seat, SeatPeriodChange } from '../api/types';

const FIELDS = ['validFrom', 'validUntil'] as const;

interface SeatPeriodFormProps {
  seat: Seat;
  onSave: (period: SeatPeriodChange) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Changes a seat's start and end (an empty end makes it open-ended). A 422 appears next to its field; a conflict
 * such as no free seat appears in the alert with the server's detail, which names the full days.
 */
export function SeatPeriodForm({ seat, onSave, onCancel }: SeatPeriodFormProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const untilId = useId();
  const [from, setFrom] = useState(seat.validFrom);
  const [until, setUntil] = useState(seat.validUntil ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const fieldErrors = (field: string) =>
    problem instanceof ApiProblem && problem.status === 422 ? problem.fieldMessages(field) : [];
  const fromErrors = fieldErrors('validFrom');
  const untilErrors = fieldErrors('validUntil');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await onSave({ validFrom: from, validUntil: until || null });
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="seat-period-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('seats.period.formLabel', { email: seat.email })}
      data-testid="seat-period-form"
    >
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={fromId}>{t('seats.period.from')}</label>
          <input
            id={fromId}
            type="date"
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={fromErrors.length > 0 || undefined}
            aria-describedby={fromErrors.length > 0 ? `${fromId}-error` : undefined}
            data-testid="seat-period-from"
          />
          {fromErrors.length > 0 && (
            <p id={`${fromId}-error`} className="field-error" data-testid="seat-period-from-error">
              {fromErrors.join(' ')}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={untilId}>{t('seats.period.until')}</label>
          <input
            id={untilId}
            type="date"
            value={until}
            min={from || undefined}
            onChange={(e) => setUntil(e.target.value)}
            aria-invalid={untilErrors.length > 0 || undefined}
            aria-describedby={untilErrors.length > 0 ? `${untilId}-error` : `${untilId}-hint`}
            data-testid="seat-period-until"
          />
          {untilErrors.length > 0 ? (
            <p id={`${untilId}-error`} className="field-error" data-testid="seat-period-until-error">
              {untilErrors.join(' ')}
            </p>
          ) : (
            <p id={`${untilId}-hint`} className="muted field-hint">
              {t('seats.period.untilHint')}
            </p>
          )}
        </div>
        <div className="form-field form-field--button">
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="seat-period-save">
              {busy ? t('seats.period.saving') : t('seats.period.save')}
            </button>
            <button type="button" className="button" onClick={onCancel} data-testid="seat-period-cancel">
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </div>
    </form>
  );
}
