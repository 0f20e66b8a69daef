import { api, data } from '@/lib/api';

/**
 * Uploads one file as the multipart field `file` and answers the stored attachment, whose id a ticket or reply then
 * names. The server checks the type from the content: 413 `/problems/payload-too-large` above 20 MB, 415
 * `/problems/unsupported-media-type` for anything but text, logs, configuration files, images, PDF and zip.
 */
export function uploadAttachment(file: File) {
  return data(
    api.POST('/api/v1/ticket-attachments', {
      body: {},
      // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}
