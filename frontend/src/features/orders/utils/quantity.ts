import { MAX_QUANTITY } from '../api/types';

/** The quantity typed, if it is a whole number from 1 to 1000; null otherwise. */
export function parseQuantity(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= MAX_QUANTITY ? n : null;
}
