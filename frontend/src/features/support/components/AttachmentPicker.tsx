import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api';
import { formatFileSize } from '@/lib/format';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../api/types';
import type { Upload, Uploads } from '../utils/use-uploads';

/** Why an upload failed, in words: what the browser refused, or the server's problem (its detail when it has one). */
function useFailureText() {
  const { t, i18n } = useTranslation();
  const max = formatFileSize(MAX_ATTACHMENT_BYTES, i18n.language);
  return (upload: Upload): string => {
    if (upload.refused === 'too-large') return t('support.upload.tooLarge', { max });
    if (upload.refused === 'too-many') return t('support.upload.tooMany', { max: MAX_ATTACHMENTS });
    const error = upload.error;
    if (error instanceof ApiProblem) {
      if (error.detail) return error.detail;
      if (error.status === 413) return t('support.upload.tooLarge', { max });
      if (error.status === 415) return t('support.upload.unsupported');
      return error.title;
    }
    return error instanceof TypeError ? t('problem.network') : t('problem.generic');
  };
}

interface AttachmentPickerProps {
  uploads: Uploads;
  /** Test ids start with it: `ticket` gives `ticket-file-input`. */
  testIdPrefix: string;
  disabled?: boolean;
}

/**
 * Choosing files uploads them at once, one request each. Every file is listed with its state: uploading, attached,
 * or failed with the reason (too large, a type the server does not take, ...) and a button to remove it.
 */
export function AttachmentPicker({ uploads, testIdPrefix, disabled }: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const failureText = useFailureText();
  return (
    <div className="form-field attachment-picker">
      <label htmlFor={id}>{t('support.upload.label')}</label>
      <input
        id={id}
        type="file"
        multiple
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          if (e.target.files) uploads.add(e.target.files);
          e.target.value = ''; // choosing the same file again (after removing it) fires a change again
        }}
        data-testid={`${testIdPrefix}-file-input`}
      />
      <p id={`${id}-hint`} className="muted field-hint">
        {t('support.upload.hint', { max: formatFileSize(MAX_ATTACHMENT_BYTES, i18n.language) })}
      </p>
      {uploads.items.length > 0 && (
        <ul className="uploads" aria-live="polite" data-testid={`${testIdPrefix}-uploads`}>
          {uploads.items.map((upload) => (
            <li
              key={upload.key}
              className={`upload upload--${upload.state}`}
              data-testid="upload"
              data-state={upload.state}
              data-file-name={upload.fileName}
            >
              <span className="upload__name">{upload.fileName}</span>{' '}
              <span className="muted">{formatFileSize(upload.size, i18n.language)}</span>{' '}
              <span className="upload__state" data-testid="upload-state">
                {t(`support.upload.state.${upload.state}`)}
              </span>
              {upload.state === 'failed' && (
                <span className="field-error upload__error" data-testid="upload-error">
                  {failureText(upload)}
                </span>
              )}
              {upload.state !== 'uploading' && (
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => uploads.remove(upload.key)}
                  aria-label={t('support.upload.removeLabel', { name: upload.fileName })}
                  data-testid="upload-remove"
                >
                  {t('support.upload.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
