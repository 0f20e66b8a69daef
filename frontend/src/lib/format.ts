/** Formats an ISO instant for people, in the UI language and the browser's time zone. */
export function formatInstant(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function fullName(person: { firstName?: string | null; lastName?: string | null; email?: string }): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return name || person.email || '';
}

/** Formats an ISO calendar date ("2026-11-22") for people; no time zone shift, it is a day, not an instant. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * Formats an amount in minor units ("12900" EUR cents) for people, in the UI language, with as many fraction
 * digits as the currency has (2 for EUR, 0 for JPY, 3 for KWD).
 */
export function formatMoney(money: { amount: number; currency: string } | null | undefined, language: string): string {
  if (!money) return '';
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: money.currency });
  } catch {
    return `${money.amount} ${money.currency}`; // not an ISO 4217 code: show what we got rather than nothing
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** The day of an ISO instant, for people, in the UI language and the browser's time zone. */
export function formatInstantDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** Formats basis points (3000 = 30 %) as a percentage for people, in the UI language ("30 %", "30%", "30 %"). */
export function formatBasisPoints(basisPoints: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago (or how far ahead) an ISO instant is, for people: "3 hours ago", "vor 2 Tagen"; `now` in epoch ms. */
export function formatRelative(iso: string | null | undefined, language: string, now: number = Date.now()): string {
  if (!iso) return '';
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** A file size for people, in the UI language: "512 B", "1.2 MB" (powers of 1024, as the server counts). */
export function formatFileSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
