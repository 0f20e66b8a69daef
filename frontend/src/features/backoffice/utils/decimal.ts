/**
 * Turns what a person typed ("49.00", "49,5", "22.5") into an integer of the smallest unit with `digits` fraction
 * digits (4900, 4950, 2250), by string arithmetic so that no binary rounding creeps in. Null when it is not such a
 * number (also when it has more fraction digits than allowed).
 */
export function parseDecimal(text: string, digits: number): number | null {
  const match = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return null;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const value = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(value) ? value : null;
}

/** The inverse of {@link parseDecimal}: 4900 with 2 digits is "49.00". */
export function formatDecimal(value: number, digits: number): string {
  if (digits === 0) return String(value);
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(value)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** How many fraction digits a currency's minor unit has (EUR 2, JPY 0, KWD 3); 2 for a code Intl does not know. */
export function fractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "49.00" EUR → 4900 cents; "500" JPY → 500 yen. */
export function toMinorUnits(text: string, currency: string): number | null {
  return parseDecimal(text, fractionDigits(currency));
}

export function fromMinorUnits(amount: number, currency: string): string {
  return formatDecimal(amount, fractionDigits(currency));
}

/** A percentage as typed ("19", "22.5") → basis points (1900, 2250). */
export function percentToBasisPoints(text: string): number | null {
  return parseDecimal(text, 2);
}

/** Basis points → a percentage to edit: 2250 → "22.5", 1900 → "19". */
export function basisPointsToPercent(basisPoints: number): string {
  return formatDecimal(basisPoints, 2).replace(/\.?0+$/, '');
}
