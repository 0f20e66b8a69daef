import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WebhooksPanel } from './WebhooksPanel';

const COMPANY_ID = '6d0f5c1e-0000-4000-8000-000000000001';
const ENDPOINT = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  companyId: COMPANY_ID,
  url: 'https://erp.example.com/hooks',
  description: 'ERP',
  eventTypes: ['seat.assigned'],
  enabled: true,
  disabledReason: null,
  failingSince: null,
  previousSecretUntil: null,
  secret: 'whsec_c2VjcmV0LXNob3duLW9uY2U=',
  createdAt: '2026-11-29T10:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
};

function json(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('WebhooksPanel', () => {
  it('registers an endpoint for the ticked types and shows its secret once', async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'POST' ? json(201, ENDPOINT) : json(200, { items: [], next: null }),
    );
    vi.stubGlobal('fetch', fetch);
    render(<WebhooksPanel scope={{ kind: 'company', companyId: COMPANY_ID }} />);
    await screen.findByTestId('webhooks-empty');

    await userEvent.type(screen.getByTestId('webhook-url'), ENDPOINT.url);
    await userEvent.click(screen.getByText('All event types'));
    await userEvent.click(screen.getByTestId('webhook-type-seat.assigned'));
    await userEvent.click(screen.getByTestId('webhook-create'));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent(ENDPOINT.secret);
    const card = await screen.findByTestId('webhook-endpoint');
    expect(within(card).getByText(ENDPOINT.url)).toBeInTheDocument();
    const post = fetch.mock.calls.map((c) => c[0]).find((r) => r.method === 'POST')!;
    expect(post.url).toBe(`${window.location.origin}/api/v1/companies/${COMPANY_ID}/webhook-endpoints`);
    expect(await post.json()).toEqual({ url: ENDPOINT.url, eventTypes: ['seat.assigned'] });

    await userEvent.click(screen.getByTestId('webhook-secret-done'));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  });
});
