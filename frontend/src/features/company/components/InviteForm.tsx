import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { createInvitation } from '../api/create-invitation';
import { ROLES, type Invitation, type MembershipRole } from '../api/types';

const FIELDS = ['email', 'role'] as const;

interface InviteFormProps {
  companyId: string;
  onInvited: (invitation: Invitation) => void;
}

/** Invite by email and role; the server's field errors appear next to the fields. */
export function InviteForm({ companyId, onInvited }: InviteFormProps) {
  const { t } = useTranslation();
  const emailId = useId();
  const roleId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const fieldErrors = (field: string) => (problem instanceof ApiProblem ? problem.fieldMessages(field) : []);
  const emailErrors = fieldErrors('email');
  const roleErrors = fieldErrors('role');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSentTo(null);
    try {
      const invitation = await createInvitation(companyId, { email: email.trim(), role });
      setSentTo(invitation.email);
      setEmail('');
      setRole('MEMBER');
      onInvited(invitation);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card invite-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('company.invite.heading')}</h2>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {sentTo && (
        <p className="success" role="status" data-testid="invite-success">
          {t('company.invite.sent', { email: sentTo })}
        </p>
      )}
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={emailId}>{t('company.invite.email')}</label>
          <input
            id={emailId}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailErrors.length > 0 || undefined}
            aria-describedby={emailErrors.length > 0 ? `${emailId}-error` : undefined}
            data-testid="invite-email"
          />
          {emailErrors.length > 0 && (
            <p id={`${emailId}-error`} className="field-error" data-testid="invite-email-error">
              {emailErrors.join(' ')}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={roleId}>{t('company.invite.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => setRole(e.target.value as MembershipRole)}
            aria-invalid={roleErrors.length > 0 || undefined}
            aria-describedby={roleErrors.length > 0 ? `${roleId}-error` : undefined}
            data-testid="invite-role"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          {roleErrors.length > 0 && (
            <p id={`${roleId}-error`} className="field-error" data-testid="invite-role-error">
              {roleErrors.join(' ')}
            </p>
          )}
        </div>
        <div className="form-field form-field--button">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="invite-submit">
            {busy ? t('company.invite.sending') : t('company.invite.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
