import type { components } from './schema';

export type FieldError = components['schemas']['FieldError'];

/**
 * An RFC 9457 problem answered by the API (or made up for a response that was not one),
 * thrown by the API client for every non-2xx response.
 */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | null;
  readonly instance: string | null;
  readonly errors: FieldError[];
  /** Seconds to wait before trying again (the Retry-After header of a 429 or 503), null when not said. */
  readonly retryAfterSeconds: number | null;

  constructor(problem: {
    type?: string | null;
    title?: string | null;
    status: number;
    detail?: string | null;
    instance?: string | null;
    errors?: FieldError[] | null;
    retryAfterSeconds?: number | null;
  }) {
    const title = problem.title || `HTTP ${problem.status}`;
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiProblem';
    this.type = problem.type || 'about:blank';
    this.title = title;
    this.status = problem.status;
    this.detail = problem.detail ?? null;
    this.instance = problem.instance ?? null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfterSeconds = problem.retryAfterSeconds ?? null;
  }

  /** The slug of a `/problems/<slug>` type, e.g. `last-admin`, so that callers can branch on it. */
  get slug(): string | null {
    const match = /\/problems\/([^/?#]+)$/.exec(this.type);
    return match?.[1] ?? null;
  }

  /**
   * The messages for one form field. A field path such as `invite.request.email` also matches `email`,
   * so the SPA does not depend on how deep the server's validator nests its paths.
   */
  fieldMessages(field: string): string[] {
    return this.errors.filter((e) => matchesField(e.field, field)).map((e) => e.message);
  }

  /** Field errors that belong to none of the given form fields (shown in the alert instead). */
  errorsOutside(fields: readonly string[]): FieldError[] {
    return this.errors.filter((e) => !fields.some((f) => matchesField(e.field, f)));
  }

  static async fromResponse(response: Response): Promise<ApiProblem> {
    const contentType = response.headers.get('Content-Type') ?? '';
    const retryAfterSeconds = retryAfter(response.headers.get('Retry-After'));
    if (/application\/(problem\+)?json/i.test(contentType)) {
      try {
        const body: unknown = await response.json();
        if (body && typeof body === 'object') {
          const b = body as Record<string, unknown>;
          return new ApiProblem({
            type: str(b.type),
            title: str(b.title) ?? response.statusText,
            status: typeof b.status === 'number' ? b.status : response.status,
            detail: str(b.detail),
            instance: str(b.instance),
            errors: Array.isArray(b.errors) ? b.errors.filter(isFieldError) : [],
            retryAfterSeconds,
          });
        }
      } catch {
        // not JSON after all: fall through to a problem made from the status line
      }
    }
    return new ApiProblem({ status: response.status, title: response.statusText || null, retryAfterSeconds });
  }
}

/** Retry-After is either a number of seconds or an HTTP date. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function matchesField(actual: string, wanted: string): boolean {
  return actual === wanted || actual.endsWith(`.${wanted}`);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isFieldError(value: unknown): value is FieldError {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.message === 'string';
}
