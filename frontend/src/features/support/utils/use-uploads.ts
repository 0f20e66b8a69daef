import { useCallback, useMemo, useState } from 'react';
import { uploadAttachment } from '../api/upload-attachment';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type Attachment } from '../api/types';

export type UploadState = 'uploading' | 'done' | 'failed';

export interface Upload {
  key: number;
  fileName: string;
  size: number;
  state: UploadState;
  attachment?: Attachment;
  /** Why it failed: the server's problem, or what the browser found before sending. */
  error?: unknown;
  refused?: 'too-large' | 'too-many';
}

export interface Uploads {
  items: Upload[];
  /** Uploads each file at once (one request per file), except those the server would refuse anyway. */
  add: (files: Iterable<File>) => void;
  remove: (key: number) => void;
  clear: () => void;
  busy: boolean;
  hasFailed: boolean;
  /** The uploaded attachments' ids, in the order the files were chosen. */
  attachmentIds: string[];
}

let nextKey = 1;

/**
 * Files attached to a ticket or a reply, uploaded as soon as they are chosen, so that sending the ticket only names
 * their ids. Each file keeps its own state; a failed one stays listed with the reason until it is removed.
 */
export function useUploads(): Uploads {
  const [items, setItems] = useState<Upload[]>([]);

  const update = useCallback((key: number, patch: Partial<Upload>) => {
    setItems((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const add = useCallback(
    (files: Iterable<File>) => {
      let room = MAX_ATTACHMENTS - items.filter((u) => u.state !== 'failed').length;
      const chosen = [...files].map((file) => {
        const upload: Upload = { key: nextKey++, fileName: file.name, size: file.size, state: 'uploading' };
        if (file.size > MAX_ATTACHMENT_BYTES) return { file, upload: { ...upload, state: 'failed', refused: 'too-large' } as Upload };
        if (room <= 0) return { file, upload: { ...upload, state: 'failed', refused: 'too-many' } as Upload };
        room--;
        return { file, upload };
      });
      setItems((list) => [...list, ...chosen.map((c) => c.upload)]);
      for (const { file, upload } of chosen) {
        if (upload.state !== 'uploading') continue;
        uploadAttachment(file).then(
          (attachment) => update(upload.key, { state: 'done', attachment }),
          (error: unknown) => update(upload.key, { state: 'failed', error }),
        );
      }
    },
    [items, update],
  );

  const remove = useCallback((key: number) => setItems((list) => list.filter((u) => u.key !== key)), []);
  const clear = useCallback(() => setItems([]), []);

  return useMemo(
    () => ({
      items,
      add,
      remove,
      clear,
      busy: items.some((u) => u.state === 'uploading'),
      hasFailed: items.some((u) => u.state === 'failed'),
      attachmentIds: items.flatMap((u) => (u.state === 'done' && u.attachment ? [u.attachment.id] : [])),
    }),
    [items, add, remove, clear],
  );
}
