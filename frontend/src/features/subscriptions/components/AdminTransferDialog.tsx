import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { fullName } from '@/lib/format';
import { useCompanyMembers } from '../api/list-company-members';
import type { Member, Subscription } from '../api/types';

const FIELDS = ['email'] as const;

/** Only company members may list the members; anyone else simply types an email address. */
function membersNotOffered(error: unknown): boolean {
  return error instanceof ApiProblem && (error.status === 403 || error.status === 404);
}

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

interface AdminTransferDialogProps {
  subscription: Subscription;
  /** Transfers the admin right; rejects with the server's problem. */
  onTransfer: (email: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Two steps: pick a member of the subscription's company or type any email address, then confirm naming the
 * new admin. A problem (e.g. an invalid address) brings the person back to the first step, next to the field.
 */
export function AdminTransferDialog({ subscription: s, onTransfer, onClose }: AdminTransferDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const memberId = useId();
  const emailId = useId();
  const memberRef = useRef<HTMLSelectElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const members = useCompanyMembers(s.companyId);
  const [email, setEmail] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const candidates: Member[] = (members.data ?? []).filter((m) => !sameEmail(m.email, s.admin.email));
  const chosen = candidates.find((m) => sameEmail(m.email, email));
  const emailErrors = problem instanceof ApiProblem ? problem.fieldMessages('email') : [];
  const hasMembers = candidates.length > 0;

  useEffect(() => {
    if (confirming) return;
    (memberRef.current ?? emailRef.current)?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [confirming, onClose]);

  function next(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return;
    setProblem(null);
    setConfirming(true);
  }

  async function transfer() {
    setBusy(true);
    setProblem(null);
    try {
      await onTransfer(email.trim());
    } catch (e) {
      setProblem(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  if (confirming) {
    const newAdmin = chosen ? `${fullName(chosen)} <${chosen.email}>` : email.trim();
    return (
      <ConfirmDialog
        title={t('subscriptions.transfer.confirmTitle')}
        text={
          // not a member (or members are not listed to this caller): the server invites them, the admin stays until then
          chosen || members.data?.some((m) => sameEmail(m.email, email))
            ? t('subscriptions.transfer.confirmText', { admin: newAdmin, product: s.productName, number: s.number })
            : t('subscriptions.transfer.confirmInviteText', {
                admin: newAdmin,
                company: s.companyName,
                product: s.productName,
                number: s.number,
              })
        }
        confirmLabel={t('subscriptions.transfer.confirm')}
        confirmTestId="admin-transfer-submit"
        busy={busy}
        onConfirm={() => void transfer()}
        onCancel={() => setConfirming(false)}
      />
    );
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="admin-transfer-dialog">
        <h2 id={titleId}>{t('subscriptions.transfer.heading')}</h2>
        <p>{t('subscriptions.transfer.intro', { email: s.admin.email })}</p>
        <form onSubmit={next} noValidate>
          <ProblemAlert error={problem} inlineFields={FIELDS} />
          {members.error !== undefined && !membersNotOffered(members.error) && <ProblemAlert error={members.error} />}
          {hasMembers && (
            <div className="form-field">
              <label htmlFor={memberId}>{t('subscriptions.transfer.member', { company: s.companyName })}</label>
              <select
                id={memberId}
                ref={memberRef}
                value={chosen?.email ?? ''}
                onChange={(e) => {
                  setProblem(null);
                  setEmail(e.target.value);
                }}
                data-testid="admin-transfer-member"
              >
                <option value="">{t('subscriptions.transfer.chooseMember')}</option>
                {candidates.map((m) => (
                  <option key={m.userId} value={m.email}>
                    {fullName(m) === m.email ? m.email : `${fullName(m)} <${m.email}>`}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="form-field dialog__field">
            <label htmlFor={emailId}>{hasMembers ? t('subscriptions.transfer.orEmail') : t('subscriptions.transfer.email')}</label>
            <input
              id={emailId}
              ref={emailRef}
              type="email"
              autoComplete="off"
              required
              maxLength={320}
              value={email}
              onChange={(e) => {
                setProblem(null);
                setEmail(e.target.value);
              }}
              aria-invalid={emailErrors.length > 0 || undefined}
              aria-describedby={`${emailId}-hint${emailErrors.length > 0 ? ` ${emailId}-error` : ''}`}
              data-testid="admin-transfer-email"
            />
            <p id={`${emailId}-hint`} className="muted field-hint">
              {t('subscriptions.transfer.emailHint')}
            </p>
            {emailErrors.length > 0 && (
              <p id={`${emailId}-error`} className="field-error" data-testid="admin-transfer-email-error">
                {emailErrors.join(' ')}
              </p>
            )}
          </div>
          <div className="dialog__buttons">
            <button type="button" className="button" onClick={onClose} data-testid="admin-transfer-cancel">
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={!email.trim()} data-testid="admin-transfer-continue">
              {t('subscriptions.transfer.continue')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
