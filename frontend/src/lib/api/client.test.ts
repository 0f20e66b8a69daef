import { describe, expect, it, vi } from 'vitest';
import { createApiClient, data, type ApiAuth } from './client';
import { ApiProblem } from './problem';

const BASE = 'http://portal.test';

function problemResponse(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

function jsonResponse(body: object) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function fakeAuth(overrides: Partial<ApiAuth> = {}): ApiAuth {
  return { token: async () => 'token-1', refresh: async () => false, login: vi.fn(), ...overrides };
}

describe('API client', () => {
  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    const fetch = vi.fn(async () =>
      problemResponse(422, {
        type: 'https://portico.example/problems/validation',
        title: 'Invalid request',
        status: 422,
        detail: 'The invitation has errors.',
        errors: [
          { field: 'createInvitation.request.email', message: 'must be a well-formed email address' },
          { field: 'role', message: 'must not be null' },
        ],
      }),
    );
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => fakeAuth() });

    const error = await api
      .POST('/api/v1/companies/{companyId}/invitations', {
        params: { path: { companyId: '6d0f5c1e-0000-4000-8000-000000000001' } },
        body: { email: 'nope', role: 'MEMBER' },
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.status).toBe(422);
    expect(problem.title).toBe('Invalid request');
    expect(problem.detail).toBe('The invitation has errors.');
    expect(problem.slug).toBe('validation');
    expect(problem.errors).toHaveLength(2);
    expect(problem.fieldMessages('email')).toEqual(['must be a well-formed email address']);
    expect(problem.errorsOutside(['email'])).toEqual([{ field: 'role', message: 'must not be null' }]);
  });

  it('tells how long to wait when the server says Retry-After', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ type: '/problems/rate-limited', title: 'Too many requests', status: 429, detail: 'Try again in 42 seconds.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
        }),
    );
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => fakeAuth() });

    const error = (await data(api.GET('/api/v1/me')).catch((e: unknown) => e)) as ApiProblem;

    expect(error.slug).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(42);
  });

  it('makes a problem from the status line when the answer is not problem+json', async () => {
    const fetch = vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => fakeAuth() });

    const error = await data(api.GET('/api/v1/me')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(502);
    expect((error as ApiProblem).title).toBe('Bad Gateway');
    expect((error as ApiProblem).errors).toEqual([]);
  });

  it('sends the bearer token', async () => {
    const fetch = vi.fn(async (..._args: [Request, RequestInit?]) => jsonResponse({ user: {}, roles: [], companies: [] }));
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => fakeAuth() });

    await data(api.GET('/api/v1/me'));

    expect(fetch.mock.calls[0]![0].headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('on 401 refreshes once and retries with the new token', async () => {
    let token = 'old';
    const responses = [problemResponse(401, { title: 'Unauthorized', status: 401 }), jsonResponse({ ok: true })];
    const fetch = vi.fn(async (..._args: [Request, RequestInit?]) => responses.shift()!);
    const login = vi.fn();
    const auth = fakeAuth({
      token: async () => token,
      refresh: async () => {
        token = 'new';
        return true;
      },
      login,
    });
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => auth });

    await data(api.PATCH('/api/v1/me', { body: { locale: 'de' } }));

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]![0].headers.get('Authorization')).toBe('Bearer new');
    expect(await fetch.mock.calls[1]![0].text()).toBe('{"locale":"de"}');
    expect(login).not.toHaveBeenCalled();
  });

  it('sends the person to sign in when the refresh does not help', async () => {
    const fetch = vi.fn(async () => problemResponse(401, { title: 'Unauthorized', status: 401 }));
    const login = vi.fn();
    const api = createApiClient({ baseUrl: BASE, fetch, auth: () => fakeAuth({ refresh: async () => false, login }) });

    const error = await data(api.GET('/api/v1/me')).catch((e: unknown) => e);

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(login).toHaveBeenCalledTimes(1);
    expect((error as ApiProblem).status).toBe(401);
  });
});
