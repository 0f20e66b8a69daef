import type { components } from '@/lib/api';

export type Seat = components['schemas']['Seat'];
export type SeatState = components['schemas']['SeatState'];
export type SeatOverview = components['schemas']['SeatOverview'];
export type SeatAssignment = components['schemas']['SeatAssignment'];
export type SeatImportResult = components['schemas']['SeatImportResult'];
export type SeatImportRow = components['schemas']['SeatImportRow'];
export type ImportMode = components['schemas']['Mode'];
export type ImportOutcome = components['schemas']['Outcome'];

/** A seat's new period; `validUntil` null makes it open-ended. */
export interface SeatPeriodChange {
  validFrom: string;
  validUntil: string | null;
}

/** Every state, in lifecycle order (for the badge translations). */
export const SEAT_STATES: readonly SeatState[] = ['INVITED', 'SCHEDULED', 'ACTIVE', 'ENDED', 'REVOKED'];

/** The import modes, in the order the form offers them (the server's default first). */
export const IMPORT_MODES: readonly ImportMode[] = ['ALL_OR_NOTHING', 'BEST_EFFORT'];
