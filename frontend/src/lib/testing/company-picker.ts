import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from './fake-api';

/** A fake `GET /api/v1/companies` answering these companies for any text. */
export function companySearch(...companies: { id: string; name: string; taxId?: string; country?: string; kind?: 'CUSTOMER' | 'RESELLER' }[]) {
  return {
    'GET /api/v1/companies': () =>
      json({ items: companies.map((c) => ({ country: 'IT', kind: 'RESELLER', ...c })), next: null }),
  };
}

/** Types into a company picker and picks the option with this name. */
export async function pickCompany(testId: string, typed: string, name: string) {
  await userEvent.type(screen.getByTestId(testId), typed);
  const option = await screen.findByRole('option', { name: new RegExp(name) });
  await userEvent.click(option);
}
