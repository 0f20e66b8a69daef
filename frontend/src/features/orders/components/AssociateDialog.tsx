import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';

const FIELDS = ['email'] as const;

interface AssociateDialogProps {
  /** What is handed over, e.g. "SUB-000123 (Remote signature — SPID)". */
  service: string;
  /** The address it is associated with now, when changing it. */
  currentEmail: string | null;
  /** Associates the service with the email; rejects with the server's problem. */
  onAssociate: (email: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Asks for the end customer's email. They get a mail; when they sign in with that address the subscription moves to
 * their company and they activate it. A wrong address is shown next to the field.
 */
export function AssociateDialog({ service, currentEmail, onAssociate, onClose }: AssociateDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const emailId = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState(currentEmail ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const emailErrors = problem instanceof ApiProblem && problem.status === 422 ? problem.fieldMessages('email') : [];

  useEffect(() => {
    emailRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setProblem(null);
    try {
      await onAssociate(email.trim());
    } catch (e) {
      setProblem(e);
      setBusy(false);
    }
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="associate-dialog">
        <h2 id={titleId}>{currentEmail ? t('orders.association.changeTitle') : t('orders.association.title')}</h2>
        <p>{t('orders.association.intro', { service })}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ProblemAlert error={problem} inlineFields={FIELDS} />
          <div className="form-field dialog__field">
            <label htmlFor={emailId}>{t('orders.association.email')}</label>
            <input
              id={emailId}
              ref={emailRef}
              type="email"
              autoComplete="off"
              required
              maxLength={320}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={emailErrors.length > 0 || undefined}
              aria-describedby={`${emailId}-hint${emailErrors.length > 0 ? ` ${emailId}-error` : ''}`}
              data-testid="associate-email"
            />
            <p id={`${emailId}-hint`} className="muted field-hint">
              {t('orders.association.emailHint')}
            </p>
            {emailErrors.length > 0 && (
              <p id={`${emailId}-error`} className="field-error" data-testid="associate-email-error">
                {emailErrors.join(' ')}
              </p>
            )}
          </div>
          <div className="dialog__buttons">
            <button type="button" className="button" onClick={onClose} data-testid="associate-cancel">
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || !email.trim()}
              data-testid="associate-submit"
            >
              {busy ? t('orders.association.sending') : t('orders.association.submit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
