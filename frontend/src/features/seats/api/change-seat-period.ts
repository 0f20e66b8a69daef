import { api, data, type components } from '@/lib/api';
import type { SeatPeriodChange } from './types';

/** Sets a seat's period (`validUntil` null = open-ended); the same problems as assigning one. */
export function changeSeatPeriod(seatId: string, period: SeatPeriodChange) {
  // The generated type spells "no end" as an absent field; the server reads an explicit null the same way,
  // and sending it makes "open-ended" visible in the request.
  const body = { validFrom: period.validFrom, validUntil: period.validUntil } as components['schemas']['SeatPeriod'];
  return data(api.PUT('/api/v1/seats/{seatId}/period', { params: { path: { seatId } }, body }));
}
