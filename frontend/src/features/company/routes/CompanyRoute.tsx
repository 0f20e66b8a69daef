import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useCompany } from '../api/get-company';
import { usePendingInvitations } from '../api/list-invitations';
import { useMembers } from '../api/list-members';
import { removeMember } from '../api/remove-member';
import { revokeInvitation } from '../api/revoke-invitation';
import { updateMemberRole } from '../api/update-member';
import type { Invitation, Member, MembershipRole } from '../api/types';
import { CompanyDetails } from '../components/CompanyDetails';
import { InvitationsList } from '../components/InvitationsList';
import { InviteForm } from '../components/InviteForm';
import { MembersTable } from '../components/MembersTable';

/** `/company`: details, members, and for admins the invitations. */
export function CompanyRoute() {
  const { t } = useTranslation();
  const current = useCurrentCompany();
  const companyId = current?.companyId ?? null;
  const company = useCompany(companyId);
  const members = useMembers(companyId);
  const canManage = company.data?.actions.manageMembers === true;
  const invitations = usePendingInvitations(canManage ? companyId : null);

  const reloadCompany = company.reload;
  const reloadMembers = members.reload;
  // A role change or removal can change what the caller (and others) may do: ask the server again.
  const afterMembershipChange = useCallback(() => {
    reloadCompany();
    reloadMembers();
  }, [reloadCompany, reloadMembers]);

  const changeRole = useCallback(
    async (member: Member, role: MembershipRole) => {
      await updateMemberRole(companyId!, member.userId, role);
      afterMembershipChange();
    },
    [companyId, afterMembershipChange],
  );
  const remove = useCallback(
    async (member: Member) => {
      await removeMember(companyId!, member.userId);
      afterMembershipChange();
    },
    [companyId, afterMembershipChange],
  );
  const setInvitations = invitations.setItems;
  const revoke = useCallback(
    async (invitation: Invitation) => {
      await revokeInvitation(companyId!, invitation.id);
      setInvitations((items) => items.filter((i) => i.id !== invitation.id));
    },
    [companyId, setInvitations],
  );
  const invited = useCallback(
    (invitation: Invitation) => setInvitations((items) => [invitation, ...items.filter((i) => i.id !== invitation.id)]),
    [setInvitations],
  );

  if (!companyId) return null;
  return (
    <section className="page" data-testid="company-page">
      <div className="page__header">
        <h1>{company.data?.name ?? current?.companyName}</h1>
        {company.data?.actions.viewAuditTrail && (
          <div className="button-row">
            <Link to="/company/integrations" className="button" data-testid="integrations-link">
              {t('company.integrationsLink')}
            </Link>
            <Link to="/company/audit" className="button" data-testid="audit-link">
              {t('company.audit.link')}
            </Link>
          </div>
        )}
      </div>

      <ProblemAlert error={company.error} />
      {company.loading && !company.data && <Loading />}
      {company.data && <CompanyDetails company={company.data} />}

      <section aria-labelledby="members-heading" className="card">
        <h2 id="members-heading">{t('company.members.heading')}</h2>
        <ProblemAlert error={members.error} />
        {members.items.length > 0 && (
          <MembersTable
            members={members.items}
            companyName={company.data?.name ?? current?.companyName ?? ''}
            onChangeRole={changeRole}
            onRemove={remove}
          />
        )}
        {members.loading && members.items.length === 0 && <Loading />}
        <LoadMore
          hasMore={members.hasMore}
          loading={members.loading}
          onLoadMore={members.loadMore}
          testId="members-load-more"
        />
      </section>

      {canManage && (
        <>
          <InviteForm companyId={companyId} onInvited={invited} />
          <section aria-labelledby="invitations-heading" className="card" data-testid="invitations">
            <h2 id="invitations-heading">{t('company.invitations.heading')}</h2>
            <ProblemAlert error={invitations.error} />
            {invitations.loading && invitations.items.length === 0 ? (
              <Loading />
            ) : (
              <InvitationsList invitations={invitations.items} onRevoke={revoke} />
            )}
            <LoadMore
              hasMore={invitations.hasMore}
              loading={invitations.loading}
              onLoadMore={invitations.loadMore}
              testId="invitations-load-more"
            />
          </section>
        </>
      )}
    </section>
  );
}
