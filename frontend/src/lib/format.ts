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
