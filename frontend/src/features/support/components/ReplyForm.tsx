import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { replyToTicket } from '../api/reply-to-ticket';
import type { Ticket } from '../api/types';
import { fieldErrors } from '../utils/problems';
import { useUploads } from '../utils/use-uploads';
import { AttachmentPicker } from './AttachmentPicker';

const FIELDS = ['body'] as const;

interface ReplyFormProps {
  ticket: Ticket;
  onReplied: (ticket: Ticket) => void;
}

/**
 * A reply with attachments (uploaded as they are chosen). Agents may write an internal note instead, which customers
 * never see and which mails no one.
 */
export function ReplyForm({ ticket, onReplied }: ReplyFormProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const uploads = useUploads();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [blocked, setBlocked] = useState(false);
  const mayNote = ticket.actions.addInternalNote;
  const closed = ticket.state === 'RESOLVED' || ticket.state === 'CLOSED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim() || busy) return;
    if (uploads.busy || uploads.hasFailed) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setBusy(true);
    setProblem(null);
    try {
      const updated = await replyToTicket(ticket.id, {
        body: body.trim(),
        attachmentIds: uploads.attachmentIds,
        ...(mayNote ? { internal } : {}),
      });
      setBody('');
      setInternal(false);
      uploads.clear();
      onReplied(updated);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const bodyErrors = fieldErrors(problem, 'body');
  const blocking = blocked ? (uploads.hasFailed ? 'failed' : uploads.busy ? 'uploading' : null) : null;
  return (
    <form className={internal ? 'card reply-form reply-form--internal' : 'card reply-form'} onSubmit={(e) => void submit(e)} noValidate data-testid="reply-form">
      <h2>{internal ? t('support.reply.noteHeading') : t('support.reply.heading')}</h2>
      {mayNote && (
        <label className="checkbox">
          <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} data-testid="reply-internal" />{' '}
          {t('support.reply.internal')}
        </label>
      )}
      <div className="form-field">
        <label htmlFor={bodyId}>{internal ? t('support.reply.noteBody') : t('support.reply.body')}</label>
        <textarea
          id={bodyId}
          value={body}
          rows={6}
          maxLength={20000}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={bodyErrors.length > 0 || undefined}
          aria-describedby={bodyErrors.length > 0 ? `${bodyId}-error` : closed && !mayNote ? `${bodyId}-hint` : undefined}
          data-testid="reply-body"
        />
        {closed && !mayNote && (
          <p id={`${bodyId}-hint`} className="muted field-hint">
            {t('support.reply.reopens')}
          </p>
        )}
        {bodyErrors.length > 0 && (
          <p id={`${bodyId}-error`} className="field-error" data-testid="reply-body-error">
            {bodyErrors.join(' ')}
          </p>
        )}
      </div>
      <AttachmentPicker uploads={uploads} testIdPrefix="reply" disabled={busy} />
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      {blocking && (
        <p className="card notice" role="alert" data-testid="reply-uploads-blocking">
          {blocking === 'uploading' ? t('support.newTicket.waitForUploads') : t('support.newTicket.removeFailed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy || !body.trim()} data-testid="reply-submit">
          {busy ? t('support.reply.sending') : internal ? t('support.reply.submitNote') : t('support.reply.submit')}
        </button>
      </div>
    </form>
  );
}
