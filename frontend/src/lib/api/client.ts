import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem } from './problem';

/** What the API client needs from sign-in; installed by `lib/auth` once Keycloak is ready. */
export interface ApiAuth {
  /** A valid access token, refreshed first if it expires soon; undefined when not signed in. */
  token(): Promise<string | undefined>;
  /** Force a refresh after the server said 401; true when a new token was obtained. */
  refresh(): Promise<boolean>;
  /** Send the person to the sign-in page. */
  login(): void;
}

const anonymous: ApiAuth = {
  token: async () => undefined,
  refresh: async () => false,
  login: () => {},
};

/** openapi-fetch always calls fetch with a Request. */
export type RequestFetch = (request: Request, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: RequestFetch;
  auth?: () => ApiAuth;
}

/**
 * Creates the typed API client. Every request carries the bearer token; a 401 gets one refresh and
 * retry, then sends the person to sign in; every other non-2xx response is thrown as an {@link ApiProblem}.
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseFetch: RequestFetch = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const currentAuth = options.auth ?? (() => anonymous);

  async function send(request: Request, init?: RequestInit): Promise<Response> {
    const token = await currentAuth().token();
    const headers = new Headers(request.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return baseFetch(new Request(request, { headers }), init);
  }

  async function authFetch(request: Request, init?: RequestInit): Promise<Response> {
    const retry = request.clone();
    let response = await send(request, init);
    if (response.status === 401) {
      const auth = currentAuth();
      if (await auth.refresh().catch(() => false)) {
        response = await send(retry, init);
      }
      if (response.status === 401) {
        auth.login();
      }
    }
    if (!response.ok) {
      throw await ApiProblem.fromResponse(response);
    }
    return response;
  }

  return createClient<paths>({
    baseUrl: options.baseUrl ?? window.location.origin,
    fetch: authFetch as typeof fetch,
  });
}

let installedAuth: ApiAuth = anonymous;

/** Called by `lib/auth` after sign-in. */
export function installApiAuth(auth: ApiAuth): void {
  installedAuth = auth;
}

/** The one API client of the app. */
export const api = createApiClient({ auth: () => installedAuth });

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * Unwraps an openapi-fetch result. The client already threw for non-2xx answers, so a missing body
 * here means the server answered 2xx without the content the contract promises.
 */
export async function data<T>(result: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data: body, response } = await result;
  if (body === undefined) {
    throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  }
  return body;
}

/** For calls answered with 204 No Content. */
export async function noContent(result: Promise<{ response: Response }>): Promise<void> {
  await result;
}
