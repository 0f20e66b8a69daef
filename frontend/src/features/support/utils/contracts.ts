import type { SupportContract } from '../api/types';

/**
 * The contracts to show after a claim: the list as loaded, with the claimed contract in front while the list does
 * not have it yet (it is being loaded again, or the company that holds it is still being loaded).
 */
export function withClaimed(contracts: SupportContract[], claimed: SupportContract | null, includeExpired: boolean): SupportContract[] {
  if (!claimed || (!claimed.active && !includeExpired) || contracts.some((c) => c.id === claimed.id)) return contracts;
  return [claimed, ...contracts];
}
