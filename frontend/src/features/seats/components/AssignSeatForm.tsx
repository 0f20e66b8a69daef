import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { formatDate } from '@/lib/format';
import type { Seat, SeatAssignment } from '../api/types';

const FIELDS = ['email', 'validFrom', 'validUntil'] as const;

interface AssignSeatFormProps {
  /** The company's today, as the server sees it: the default start. */
  today: string;
  /** The last day a seat may run to when the subscription does not renew; null when it does. */
  lastDay: string | null;
  onAssign: (assignment: SeatAssignment) => Promise<Seat>;
}

/**
 * Gives a seat to someone by email, from a start date (today by default) to an optional end date. Field errors
 * (422) appear next to their fields; a conflict such as no free seat shows the server's detail, which names the
 * days on which every seat is taken.
 */
export function AssignSeatForm({ today, lastDay, onAssign }: AssignSeatFormProps) {
  const { t, i18n } = useTranslation();
  const emailId = useId();
  const fromId = useId();
  const untilId = useId();
  const [email, setEmail] = useState('');
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [assigned, setAssigned] = useState<Seat | null>(null);

  // only a validation answer belongs next to the fields; a 409 names its days in the detail
  const fieldErrors = (field: string) =>
    problem instanceof ApiProblem && problem.status === 422 ? problem.fieldMessages(field) : [];
  const emailErrors = fieldErrors('email');
  const fromErrors = fieldErrors('validFrom');
  const untilErrors = fieldErrors('validUntil');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setAssigned(null);
    try {
      const seat = await onAssign({
        email: email.trim(),
        ...(from ? { validFrom: from } : {}),
        ...(until ? { validUntil: until } : {}),
      });
      setAssigned(seat);
      setEmail('');
      setFrom(today);
      setUntil('');
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const untilHint = lastDay
    ? t('seats.assign.untilHintTerm', { date: formatDate(lastDay, i18n.language) })
    : t('seats.assign.untilHint');

  return (
    <form
      className="card seat-assign-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="seat-assign-heading"
      data-testid="seat-assign-form"
    >
      <h2 id="seat-assign-heading">{t('seats.assign.heading')}</h2>
      <p className="muted">{t('seats.assign.intro')}</p>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {assigned && (
        <p className="success" role="status" data-testid="seat-assign-success">
          {t('seats.assign.done', { email: assigned.email })}
        </p>
      )}
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={emailId}>{t('seats.assign.email')}</label>
          <input
            id={emailId}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailErrors.length > 0 || undefined}
            aria-describedby={emailErrors.length > 0 ? `${emailId}-error` : undefined}
            data-testid="seat-assign-email"
          />
          {emailErrors.length > 0 && (
            <p id={`${emailId}-error`} className="field-error" data-testid="seat-assign-email-error">
              {emailErrors.join(' ')}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={fromId}>{t('seats.assign.from')}</label>
          <input
            id={fromId}
            type="date"
            value={from}
            min={today}
            max={lastDay ?? undefined}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={fromErrors.length > 0 || undefined}
            aria-describedby={fromErrors.length > 0 ? `${fromId}-error` : undefined}
            data-testid="seat-assign-from"
          />
          {fromErrors.length > 0 && (
            <p id={`${fromId}-error`} className="field-error" data-testid="seat-assign-from-error">
              {fromErrors.join(' ')}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={untilId}>{t('seats.assign.until')}</label>
          <input
            id={untilId}
            type="date"
            value={until}
            min={from || today}
            max={lastDay ?? undefined}
            onChange={(e) => setUntil(e.target.value)}
            aria-invalid={untilErrors.length > 0 || undefined}
            aria-describedby={untilErrors.length > 0 ? `${untilId}-error` : `${untilId}-hint`}
            data-testid="seat-assign-until"
          />
          {untilErrors.length > 0 ? (
            <p id={`${untilId}-error`} className="field-error" data-testid="seat-assign-until-error">
              {untilErrors.join(' ')}
            </p>
          ) : (
            <p id={`${untilId}-hint`} className="muted field-hint">
              {untilHint}
            </p>
          )}
        </div>
        <div className="form-field form-field--button">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="seat-assign-submit">
            {busy ? t('seats.assign.sending') : t('seats.assign.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
