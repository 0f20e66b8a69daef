import type { components } from '@/lib/api';

export type License = components['schemas']['License'];
export type SeatState = components['schemas']['SeatState'];
export type LicenseOverviewRow = components['schemas']['LicenseOverviewRow'];
export type LicenseHolder = components['schemas']['LicenseHolder'];
