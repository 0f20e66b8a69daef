import { ApiProblem, type FieldError } from '@/lib/api';

/**
 * Whether the server's field path `actual` names the form field `wanted`. Like `ApiProblem.fieldMessages` a prefix the
 * validator adds (`update.definition.names.en`) is allowed, but not one that is itself indexed: `variants[0].names.en`
 * belongs to a variant, not to the product's `names.en`.
 */
export function namesField(actual: string, wanted: string): boolean {
  if (actual === wanted) return true;
  if (!actual.endsWith(wanted)) return false;
  const prefix = actual.slice(0, actual.length - wanted.length);
  const joined = wanted.startsWith('[') || prefix.endsWith('.');
  return joined && !prefix.includes('[');
}

/** Messages of a 422 for one form field. */
export function messagesFor(error: unknown, field: string): string[] {
  if (!(error instanceof ApiProblem) || error.status !== 422) return [];
  return error.errors.filter((e) => namesField(e.field, field)).map((e) => e.message);
}

/** The exact field paths of `error` that one of `fields` shows, for ProblemAlert to leave out of its list. */
export function shownFields(error: unknown, fields: readonly string[]): string[] {
  if (!(error instanceof ApiProblem) || error.status !== 422) return [];
  return error.errors.filter((e) => fields.some((f) => namesField(e.field, f))).map((e) => e.field);
}

/** Whether `error` is the problem `/problems/<slug>`. */
export function isProblem(error: unknown, slug: string): error is ApiProblem {
  return error instanceof ApiProblem && error.slug === slug;
}

/** A 422 made on this side, for input the browser already knows to be wrong, shown like the server's. */
export function invalidInput(title: string, errors: FieldError[]): ApiProblem {
  return new ApiProblem({ status: 422, title, errors });
}
