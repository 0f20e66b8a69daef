import { vi } from 'vitest';

/** Test helpers shared by every feature's tests: canned responses and a fake API server behind `fetch`. */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(
  status: number,
  type: string,
  title: string,
  detail: string,
  errors?: { field: string; message: string }[],
) {
  return new Response(JSON.stringify({ type, title, status, detail, ...(errors ? { errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * A fake server: `routes` maps "METHOD /path" to a handler, or to a list of handlers answered in turn
 * (the last one repeats). Every request is recorded, so tests can look at what was sent.
 */
export function fakeApi(routes: Record<string, Handler | Handler[]>) {
  const calls: Request[] = [];
  const counts: Record<string, number> = {};
  const fetch = vi.fn(async (request: Request) => {
    calls.push(request.clone());
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const route = routes[key];
    if (!route) return problem(404, '/problems/not-found', 'Not found', `no fake for ${key}`);
    const n = counts[key] ?? 0;
    counts[key] = n + 1;
    const handler = Array.isArray(route) ? route[Math.min(n, route.length - 1)]! : route;
    return handler(request);
  });
  vi.stubGlobal('fetch', fetch);
  const matching = (method: string, path: string) =>
    calls.filter((c) => c.method === method && new URL(c.url).pathname === path);
  return { fetch, calls, matching };
}
