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
