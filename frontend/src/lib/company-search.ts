import { api, data, type components } from '@/lib/api';

export type CompanySummary = components['schemas']['CompanySummary'];

/** What a company picker holds once a company is chosen. */
export interface CompanyChoice {
  id: string;
  name: string;
}

/** The first companies whose name or tax ID contains the text, by name (back office and support agents only). */
export function searchCompanies(q: string, limit = 8, signal?: AbortSignal) {
  return data(api.GET('/api/v1/companies', { params: { query: { q: q || undefined, limit } }, signal }));
}

/** One company's name, for a picker whose company comes from the URL. */
export async function companyChoice(companyId: string): Promise<CompanyChoice> {
  const company = await data(api.GET('/api/v1/companies/{companyId}', { params: { path: { companyId } } }));
  return { id: company.id, name: company.name };
}
