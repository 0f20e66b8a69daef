import { api } from '@/lib/api';
import type { Language } from '@/lib/config';
import type { MeWithTag } from './get-me';

/** Saves the person's language on the server, so that mails to them are written in it. */
export async function updateMyLocale(locale: Language, etag: string | null): Promise<MeWithTag> {
  const { data, response } = await api.PATCH('/api/v1/me', {
    body: { locale },
    headers: etag ? { 'If-Match': etag } : {},
  });
  if (!data) throw new Error('PATCH /me answered without a body');
  return { me: data, etag: response.headers.get('ETag') };
}
