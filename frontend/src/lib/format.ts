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
