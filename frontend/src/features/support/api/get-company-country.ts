import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The company's country (ISO code), the usual country of the tax ID a claim proves. */
export async function getCompanyCountry(companyId: string): Promise<string | null> {
  const company = await data(api.GET('/api/v1/companies/{companyId}', { params: { path: { companyId } } }));
  return company.country ?? null;
}

export function useCompanyCountry(companyId: string | null) {
  return useResource(companyId && `company-country:${companyId}`, () => getCompanyCountry(companyId!));
}
