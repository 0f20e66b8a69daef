import { api, data } from '@/lib/api';
import type { SeatAssignment } from './types';

/**
 * Gives someone a seat by email (they get an invitation mail). The server answers 409 `/problems/no-free-seat`
 * with a detail naming the full days, 409 `/problems/seat-overlap`, or 422 on `email`/`validFrom`/`validUntil`.
 */
export function assignSeat(subscriptionId: string, assignment: SeatAssignment) {
  return data(
    api.POST('/api/v1/subscriptions/{id}/seats', { params: { path: { id: subscriptionId } }, body: assignment }),
  );
}
