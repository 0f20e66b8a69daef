import { ApiProblem } from '@/lib/api';

/** Whether `error` is the problem `/problems/<slug>`. */
export function isProblem(error: unknown, slug: string): error is ApiProblem {
  return error instanceof ApiProblem && error.slug === slug;
}

/** The server's messages for one form field of a 422 answer. */
export function fieldErrors(error: unknown, field: string): string[] {
  return error instanceof ApiProblem && error.status === 422 ? error.fieldMessages(field) : [];
}
