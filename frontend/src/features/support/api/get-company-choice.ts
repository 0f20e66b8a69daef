import { useResource } from '@/lib/api/hooks';
import { companyChoice } from '@/lib/company-search';

/** The name of the company the queue is filtered by (its id comes from the URL). */
export function useCompanyChoice(companyId: string) {
  return useResource(companyId ? `company-choice:${companyId}` : null, () => companyChoice(companyId));
}
