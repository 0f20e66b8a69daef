import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SUB_ID, agreement, fakeApi, json, problem, subscription } from '../test/fixtures';
import { ActivateSubscriptionRoute } from './ActivateSubscriptionRoute';

const BASE = `/api/v1/subscriptions/${SUB_ID}`;

const pending = subscription({
  status: 'PENDING_ACTIVATION',
  termStart: null,
  termEnd: null,
  nextRenewalDate: null,
  activatedAt: null,
  actions: { activate: true, manage: false, changePoNumber: false, cancel: false, undoCancellation: false, readAgreement: false },
});

function ManagePage() {
  const location = useLocation();
  return <p data-testid="manage-page">{JSON.stringify(location.state)}</p>;
}

function renderRoute() {
  return render(
    <MemoryRouter initialEntries={[`/subscriptions/${SUB_ID}/activate`]}>
      <Routes>
        <Route path="/subscriptions/:id/activate" element={<ActivateSubscriptionRoute />} />
        <Route path="/subscriptions/:id" element={<ManagePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('ActivateSubscriptionRoute', () => {
  it('on 409 agreement-changed shows the problem, fetches the agreement again and accepts the new version', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () => json(pending, 200, { ETag: '"1"' }),
      [`GET ${BASE}/agreement`]: [() => json(agreement(1)), () => json(agreement(2))],
      [`POST ${BASE}/activation`]: [
        () => problem(409, '/problems/agreement-changed', 'The agreement changed', 'Please read the new version and accept it again.'),
        () => json(subscription()),
      ],
    });
    renderRoute();

    expect(await screen.findByTestId('agreement-text')).toHaveTextContent('Terms of version 1.');
    expect(screen.getByTestId('subscription-number')).toHaveTextContent('SUB-000123');
    expect(screen.getByTestId('subscription-product')).toHaveTextContent('PROFIS Engineering Suite');
    expect(new URL(api.matching('GET', `${BASE}/agreement`)[0]!.url).searchParams.get('language')).toBe('en');

    await userEvent.click(screen.getByTestId('activate-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please read the new version and accept it again.');
    expect(await screen.findByText('Terms of version 2.', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('agreement-version')).toHaveTextContent('2');
    expect(api.matching('GET', `${BASE}/agreement`)).toHaveLength(2);
    expect(await api.matching('POST', `${BASE}/activation`)[0]!.json()).toEqual({ agreementVersion: 1, language: 'en' });

    await userEvent.click(screen.getByTestId('activate-submit'));

    expect(await screen.findByTestId('manage-page')).toHaveTextContent('SUB-000123');
    expect(await api.matching('POST', `${BASE}/activation`)[1]!.json()).toEqual({ agreementVersion: 2, language: 'en' });
  });

  it('explains why a subscription cannot be activated and loads no agreement', async () => {
    const api = fakeApi({
      [`GET ${BASE}`]: () =>
        json(
          subscription({
            ...pending,
            admin: { userId: null, email: 'bob@acme.example', name: null, pending: true },
            actions: { ...pending.actions, activate: false },
          }),
        ),
    });
    renderRoute();

    const why = await screen.findByTestId('activation-not-possible');
    expect(why).toHaveAttribute('data-reason', 'not-admin');
    expect(why).toHaveTextContent('Only the subscription admin (bob@acme.example)');
    expect(screen.queryByTestId('activate-submit')).not.toBeInTheDocument();
    expect(api.matching('GET', `${BASE}/agreement`)).toHaveLength(0);
  });
});
