import { api, data } from '@/lib/api';

/** Ends the person's access now; the seat counts until yesterday and is free again from today. */
export function revokeSeat(seatId: string) {
  return data(api.POST('/api/v1/seats/{seatId}/revocation', { params: { path: { seatId } } }));
}
