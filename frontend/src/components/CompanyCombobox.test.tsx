import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import '@/lib/i18n';
import type { CompanyChoice } from '@/lib/company-search';
import { fakeApi, json } from '@/lib/testing/fake-api';
import { CompanyCombobox } from './CompanyCombobox';

const ACME = { id: 'c0000000-0000-4000-a000-000000000001', name: 'Acme Tools GmbH', taxId: 'DE123456789', country: 'DE', kind: 'CUSTOMER' };
const RESELLO = { id: 'c0000000-0000-4000-a000-000000000003', name: 'Resello Partners S.r.l.', taxId: 'IT01234567890', country: 'IT', kind: 'RESELLER' };

function Picker({ onPick }: { onPick: (c: CompanyChoice | null) => void }) {
  const [value, setValue] = useState<CompanyChoice | null>(null);
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <CompanyCombobox
        label="Company"
        value={value}
        onChange={(c) => {
          setValue(c);
          onPick(c);
        }}
        testId="picker"
      />
    </form>
  );
}

function queries(api: ReturnType<typeof fakeApi>) {
  return api.matching('GET', '/api/v1/companies').map((r) => new URL(r.url).searchParams.get('q'));
}

describe('CompanyCombobox', () => {
  it('searches once typing pauses, and picks a company with the arrow keys and Enter', async () => {
    const api = fakeApi({ 'GET /api/v1/companies': () => json({ items: [ACME, RESELLO], next: null }) });
    const picked: (CompanyChoice | null)[] = [];
    render(<Picker onPick={(c) => picked.push(c)} />);
    const input = screen.getByRole('combobox', { name: 'Company' });

    await userEvent.type(input, 'gmb');
    expect(await screen.findByRole('listbox')).toBeVisible();
    expect(queries(api)).toEqual(['gmb']); // one request for the three keys typed quickly
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Companies found: 2');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('IT01234567890 · IT · Reseller');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');

    expect(picked).toEqual([{ id: RESELLO.id, name: RESELLO.name }]);
    expect(input).toHaveValue(RESELLO.name);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('forgets the company when the text changes, and Escape closes the list and then clears the text', async () => {
    fakeApi({ 'GET /api/v1/companies': () => json({ items: [ACME], next: null }) });
    const picked: (CompanyChoice | null)[] = [];
    render(<Picker onPick={(c) => picked.push(c)} />);
    const input = screen.getByRole('combobox', { name: 'Company' });

    await userEvent.type(input, 'acme');
    await userEvent.click(await screen.findByRole('option', { name: /Acme Tools/ }));
    await userEvent.type(input, 'x');
    expect(picked).toEqual([{ id: ACME.id, name: ACME.name }, null]);
    expect(await screen.findByRole('listbox')).toBeVisible();

    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('says when nothing matches', async () => {
    fakeApi({ 'GET /api/v1/companies': () => json({ items: [], next: null }) });
    render(<Picker onPick={() => undefined} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Company' }), 'zzz');
    expect(await screen.findByTestId('picker-none')).toHaveTextContent('No company found.');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No company found.'));
  });
});
