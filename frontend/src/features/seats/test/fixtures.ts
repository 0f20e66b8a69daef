import { vi } from 'vitest';
import type { Seat, SeatOverview } from '../api/types';

export const SUB_ID = '5b1e0c2a-0000-4000-8000-000000000001';

let seatCounter = 0;

/** A seat; overrides are loosely typed so that fixtures can say `null` however the contract spells absent values. */
export function seat(overrides: { [K in keyof Seat]?: unknown } = {}): Seat {
  seatCounter++;
  return {
    id: `9e000000-0000-4000-8000-${String(seatCounter).padStart(12, '0')}`,
    subscriptionId: SUB_ID,
    email: `person${seatCounter}@acme.example`,
    name: null,
    validFrom: '2026-11-22',
    validUntil: null,
    state: 'ACTIVE',
    revokedAt: null,
    actions: { changePeriod: true, revoke: true },
    ...overrides,
  } as unknown as Seat;
}

export function overview(overrides: { [K in keyof SeatOverview]?: unknown } = {}): SeatOverview {
  return {
    subscriptionId: SUB_ID,
    subscriptionNumber: 'SUB-000123',
    productName: 'ON!Track Asset Management',
    quantity: 2,
    usedToday: 1,
    freeToday: 1,
    nextFreeDate: '2026-12-01',
    today: '2026-12-01',
    termStart: '2026-11-22',
    termEnd: '2027-11-21',
    autoRenew: true,
    canAssign: true,
    seats: [],
    ...overrides,
  } as unknown as SeatOverview;
}

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
