import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Company } from '../api/types';
import { CompanyDetails } from './CompanyDetails';

const company: Company = {
  id: 'c0000000-0000-4000-a000-000000000001',
  name: 'Acme Tools GmbH',
  country: 'DE',
  taxId: 'DE123456789',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  kind: 'CUSTOMER',
  actions: { update: true, manageMembers: true, viewAuditTrail: true },
};

describe('CompanyDetails', () => {
  it('shows the tax country read-only, saying that the vendor changes it', () => {
    render(<CompanyDetails company={company} />);

    expect(screen.getByTestId('company-country')).toHaveTextContent('DE');
    expect(screen.getByTestId('company-country')).toHaveTextContent('The vendor changes it; contact support.');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
