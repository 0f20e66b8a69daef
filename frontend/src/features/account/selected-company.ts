import type { CompanyMembership } from './api/get-me';

const STORAGE_KEY = 'portico.companyId';

/** The remembered company if the person is still a member of it, else their first company. */
export function pickCompany(companies: CompanyMembership[]): CompanyMembership | null {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage disabled: just use the first company
  }
  return companies.find((c) => c.companyId === remembered) ?? companies[0] ?? null;
}

export function rememberCompany(companyId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, companyId);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
