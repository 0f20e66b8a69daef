import { api, data } from '@/lib/api';

/** One support contract with its lines (404 when it is not the company's). */
export function getContract(id: string) {
  return data(api.GET('/api/v1/support-contracts/{id}', { params: { path: { id } } }));
}
