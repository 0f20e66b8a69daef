import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstant } from '@/lib/format';
import type { Invitation } from '../api/types';

interface InvitationsListProps {
  invitations: Invitation[];
  onRevoke: (invitation: Invitation) => Promise<unknown>;
}

export function InvitationsList({ invitations, onRevoke }: InvitationsListProps) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function revoke(invitation: Invitation) {
    setProblem(null);
    setBusyId(invitation.id);
    try {
      await onRevoke(invitation);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusyId(null);
    }
  }

  if (invitations.length === 0) {
    return <EmptyState title={t('company.invitations.empty')} testId="invitations-empty" />;
  }
  return (
    <>
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      <ScrollBox label={t('company.invitations.heading')}>
        <table className="table" data-testid="invitations-table">
          <thead>
            <tr>
              <th scope="col">{t('company.invitations.email')}</th>
              <th scope="col">{t('company.invitations.role')}</th>
              <th scope="col">{t('company.invitations.invitedAt')}</th>
              <th scope="col">{t('company.invitations.invitedBy')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('company.invitations.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
                <td>{invitation.email}</td>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{formatInstant(invitation.invitedAt, i18n.language)}</td>
                <td>{invitation.invitedByName ?? ''}</td>
                <td className="table__actions">
                  {invitation.actions.revoke && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('company.invitations.revokeFor', { email: invitation.email })}
                      disabled={busyId === invitation.id}
                      onClick={() => void revoke(invitation)}
                      data-testid="invitation-revoke"
                    >
                      {t('company.invitations.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
