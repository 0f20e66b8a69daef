import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyMembership } from '../api/get-me';

interface CompanySelectorProps {
  companies: CompanyMembership[];
  selectedId: string;
  onSelect: (companyId: string) => void;
}

export function CompanySelector({ companies, selectedId, onSelect }: CompanySelectorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="header-field">
      <label htmlFor={id}>{t('header.company')}</label>
      <select id={id} value={selectedId} onChange={(e) => onSelect(e.target.value)} data-testid="company-selector">
        {companies.map((c) => (
          <option key={c.companyId} value={c.companyId}>
            {c.companyName}
          </option>
        ))}
      </select>
    </div>
  );
}
