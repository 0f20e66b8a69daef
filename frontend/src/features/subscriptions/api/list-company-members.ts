import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { Member } from './types';

const PAGE_SIZE = 100;
/** Enough for any company that picks an admin from a list; beyond that, the email field still works. */
const MAX_PAGES = 10;

/**
 * The members of the subscription's company, to pick a new subscription admin from (all pages). Only company
 * members may list them: anyone else gets 403 or 404 and can still transfer by email.
 */
export async function listCompanyMembers(companyId: string): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await data(
      api.GET('/api/v1/companies/{companyId}/members', {
        params: { path: { companyId }, query: { limit: PAGE_SIZE, cursor } },
      }),
    );
    members.push(...result.items);
    if (!result.next) break;
    cursor = result.next;
  }
  return members;
}

/** Pass null to not load (until the transfer dialog opens). */
export function useCompanyMembers(companyId: string | null) {
  return useResource(companyId && `company-members:${companyId}`, () => listCompanyMembers(companyId!));
}
