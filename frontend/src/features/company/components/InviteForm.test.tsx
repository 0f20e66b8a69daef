import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InviteForm } from './InviteForm';

const COMPANY_ID = '6d0f5c1e-0000-4000-8000-000000000001';

function answer(status: number, body: object, contentType = 'application/json') {
  return vi.fn(async (..._args: [Request, RequestInit?]) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }));
}

describe('InviteForm', () => {
  it('shows the server’s field errors next to the fields', async () => {
    const fetch = answer(
      422,
      {
        type: '/problems/validation',
        title: 'Invalid invitation',
        status: 422,
        detail: 'Please correct the marked fields.',
        errors: [{ field: 'invite.body.email', message: 'must be a well-formed email address' }],
      },
      'application/problem+json',
    );
    vi.stubGlobal('fetch', fetch);
    const onInvited = vi.fn();
    render(<InviteForm companyId={COMPANY_ID} onInvited={onInvited} />);

    await userEvent.type(screen.getByTestId('invite-email'), 'not-an-email');
    await userEvent.click(screen.getByTestId('invite-submit'));

    const fieldError = await screen.findByTestId('invite-email-error');
    expect(fieldError).toHaveTextContent('must be a well-formed email address');
    expect(screen.getByTestId('invite-email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('invite-email')).toHaveAccessibleDescription('must be a well-formed email address');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid invitation');
    expect(alert).toHaveTextContent('Please correct the marked fields.');
    // shown once, next to the field, not repeated in the alert
    expect(alert).not.toHaveTextContent('well-formed');
    expect(onInvited).not.toHaveBeenCalled();
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toBe(`${window.location.origin}/api/v1/companies/${COMPANY_ID}/invitations`);
    expect(await request.json()).toEqual({ email: 'not-an-email', role: 'MEMBER' });
  });

  it('shows a conflict such as already-invited in the alert', async () => {
    vi.stubGlobal(
      'fetch',
      answer(
        409,
        { type: '/problems/already-invited', title: 'Already invited', status: 409, detail: 'x@example.com has a pending invitation.' },
        'application/problem+json',
      ),
    );
    render(<InviteForm companyId={COMPANY_ID} onInvited={vi.fn()} />);

    await userEvent.type(screen.getByTestId('invite-email'), 'x@example.com');
    await userEvent.click(screen.getByTestId('invite-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('x@example.com has a pending invitation.');
    expect(screen.queryByTestId('invite-email-error')).not.toBeInTheDocument();
  });

  it('reports the created invitation and clears the form', async () => {
    const invitation = {
      id: '6d0f5c1e-0000-4000-8000-000000000009',
      email: 'new@example.com',
      role: 'ADMIN',
      status: 'PENDING',
      invitedAt: '2026-11-22T10:00:00Z',
      invitedByName: 'Alice Admin',
      acceptedAt: null,
      actions: { revoke: true },
    };
    const fetch = answer(201, invitation);
    vi.stubGlobal('fetch', fetch);
    const onInvited = vi.fn();
    render(<InviteForm companyId={COMPANY_ID} onInvited={onInvited} />);

    await userEvent.type(screen.getByTestId('invite-email'), 'new@example.com');
    await userEvent.selectOptions(screen.getByTestId('invite-role'), 'ADMIN');
    await userEvent.click(screen.getByTestId('invite-submit'));

    expect(await screen.findByTestId('invite-success')).toHaveTextContent('new@example.com');
    expect(onInvited).toHaveBeenCalledWith(invitation);
    expect(screen.getByTestId('invite-email')).toHaveValue('');
    expect(await fetch.mock.calls[0]![0].json()).toEqual({ email: 'new@example.com', role: 'ADMIN' });
    expect(fetch.mock.calls[0]![0].headers.get('Idempotency-Key')).toBeTruthy();
  });
});
