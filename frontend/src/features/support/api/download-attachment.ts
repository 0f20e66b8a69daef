import { api, data } from '@/lib/api';

/** One attachment's content, through the API client so that it carries the bearer token (a plain link would not). */
export function downloadAttachment(id: string): Promise<Blob> {
  return data(
    api.GET('/api/v1/ticket-attachments/{id}', {
      params: { path: { id } },
      headers: { Accept: '*/*' },
      parseAs: 'blob',
    }),
  );
}
