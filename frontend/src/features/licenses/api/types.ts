import type { components } from '@/lib/api';

export type License = components['schemas']['License'];
export type SeatState = components['schemas']['SeatState'];
