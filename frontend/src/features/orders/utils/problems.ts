import { ApiProblem } from '@/lib/api';

/** Buying (cart, checkout, orders, credit) is for company admins: the server answers 403 to members. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 403;
}

/** Whether `error` is the problem `/problems/<slug>`. */
export function isProblem(error: unknown, slug: string): error is ApiProblem {
  return error instanceof ApiProblem && error.slug === slug;
}
