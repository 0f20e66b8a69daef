import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstant, fullName } from '@/lib/format';
import { ROLES, type Member, type MembershipRole } from '../api/types';

interface MembersTableProps {
  members: Member[];
  companyName: string;
  onChangeRole: (member: Member, role: MembershipRole) => Promise<unknown>;
  onRemove: (member: Member) => Promise<unknown>;
}

/**
 * The company's members. Change-role and remove appear only where the server's `actions` allow them;
 * the SPA never works out permissions from roles itself. Confirming a removal says what happens to the subscriptions
 * the member administers (they pass to the admin removing them); leaving oneself asks to transfer them first.
 */
export function MembersTable({ members, companyName, onChangeRole, onRemove }: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const anyActions = members.some((m) => m.actions.remove);

  async function run(member: Member, action: () => Promise<unknown>) {
    setProblem(null);
    setBusyId(member.userId);
    try {
      await action();
      return true;
    } catch (e) {
      setProblem(e);
      return false;
    } finally {
      setBusyId(null);
    }
  }

  async function confirmRemove() {
    const member = confirming;
    if (!member) return;
    await run(member, () => onRemove(member));
    setConfirming(null);
  }

  return (
    <>
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      <ScrollBox label={t('company.members.heading')}>
        <table className="table" data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">{t('company.members.name')}</th>
              <th scope="col">{t('company.members.email')}</th>
              <th scope="col">{t('company.members.role')}</th>
              <th scope="col">{t('company.members.joined')}</th>
              {anyActions && (
                <th scope="col">
                  <span className="visually-hidden">{t('company.members.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const name = fullName(member);
              return (
                <tr key={member.userId} data-testid="member-row" data-email={member.email}>
                  <td>{name}</td>
                  <td>{member.email}</td>
                  <td>
                    {member.actions.changeRole ? (
                      <select
                        aria-label={t('company.members.roleOf', { name })}
                        value={member.role}
                        disabled={busyId === member.userId}
                        onChange={(e) => {
                          const role = e.target.value as MembershipRole;
                          void run(member, () => onChangeRole(member, role));
                        }}
                        data-testid="member-role-select"
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span data-testid="member-role">{t(`roles.${member.role}`)}</span>
                    )}
                  </td>
                  <td>{formatInstant(member.joinedAt, i18n.language)}</td>
                  {anyActions && (
                    <td className="table__actions">
                      {member.actions.remove && (
                        <button
                          type="button"
                          className="button button--danger"
                          aria-label={
                            member.caller
                              ? t('company.members.leaveNamed', { company: companyName })
                              : t('company.members.removeNamed', { name })
                          }
                          disabled={busyId === member.userId}
                          onClick={() => setConfirming(member)}
                          data-testid={member.caller ? 'member-leave' : 'member-remove'}
                        >
                          {member.caller ? t('company.members.leave') : t('company.members.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      {confirming && (
        <ConfirmDialog
          title={t(confirming.caller ? 'company.members.leaveConfirmTitle' : 'company.members.removeConfirmTitle')}
          text={
            confirming.caller
              ? t('company.members.leaveConfirmText', { company: companyName })
              : t('company.members.removeConfirmText', { name: fullName(confirming), company: companyName })
          }
          confirmLabel={t('company.members.remove')}
          busy={busyId !== null}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
