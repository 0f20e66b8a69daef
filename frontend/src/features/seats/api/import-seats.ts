import { api, data } from '@/lib/api';
import type { ImportMode } from './types';

/**
 * Assigns seats from a CSV file (header `email,validFrom,validUntil`, at most 500 rows). The body is the file's
 * text, sent as `text/csv` as it is. In ALL_OR_NOTHING a failing row answers 422 with errors on fields such as
 * `rows[3].email` and nothing is written; a file that cannot be read is a 422 on `file`.
 */
export function importSeats(subscriptionId: string, csv: string, mode: ImportMode) {
  return data(
    api.POST('/api/v1/subscriptions/{id}/seat-imports', {
      params: { path: { id: subscriptionId }, query: { mode } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}
