import type { Seat, SeatOverview } from '../api/types';

export const SUB_ID = '5b1e0c2a-0000-4000-8000-000000000001';

let seatCounter = 0;

/** A seat; overrides are loosely typed so that fixtures can say `null` however the contract spells absent values. */
export function seat(overrides: { [K in keyof Seat]?: unknown } = {}): Seat {
  seatCounter++;
  return {
    id: `9e000000-0000-4000-8000-${String(seatCounter).padStart(12, '0')}`,
    subscriptionId: SUB_ID,
    email: `person${seatCounter}@acme.example`,
    name: null,
    validFrom: '2026-11-22',
    validUntil: null,
    state: 'ACTIVE',
    revokedAt: null,
    actions: { changePeriod: true, revoke: true },
    ...overrides,
  } as unknown as Seat;
}

export function overview(overrides: { [K in keyof SeatOverview]?: unknown } = {}): SeatOverview {
  return {
    subscriptionId: SUB_ID,
    subscriptionNumber: 'SUB-000123',
    productName: 'ON!Track Asset Management',
    quantity: 2,
    usedToday: 1,
    freeToday: 1,
    nextFreeDate: '2026-12-01',
    today: '2026-12-01',
    termStart: '2026-11-22',
    termEnd: '2027-11-21',
    autoRenew: true,
    canAssign: true,
    seats: [],
    ...overrides,
  } as unknown as SeatOverview;
}

export { fakeApi, json, problem } from '@/lib/testing/fake-api';
