import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { saveBlob } from '@/lib/download';
import { formatFileSize } from '@/lib/format';
import { downloadAttachment } from '../api/download-attachment';
import type { Attachment } from '../api/types';

/** A ticket's or a message's files, each downloaded through the authenticated client. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const { t, i18n } = useTranslation();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function download(attachment: Attachment) {
    setDownloading(attachment.id);
    setProblem(null);
    try {
      saveBlob(await downloadAttachment(attachment.id), attachment.fileName);
    } catch (e) {
      setProblem(e);
    } finally {
      setDownloading(null);
    }
  }

  if (attachments.length === 0) return null;
  return (
    <div className="attachments">
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      <ul className="plain-list attachments__list" aria-label={t('support.attachments.label')}>
        {attachments.map((a) => (
          <li key={a.id} data-testid="attachment" data-attachment-id={a.id} data-file-name={a.fileName}>
            <button
              type="button"
              className="button button--link"
              disabled={downloading === a.id}
              onClick={() => void download(a)}
              aria-label={t('support.attachments.download', { name: a.fileName })}
              data-testid="attachment-download"
            >
              {a.fileName}
            </button>{' '}
            <span className="muted">{formatFileSize(a.size, i18n.language)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
