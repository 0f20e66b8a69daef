import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';
import type { TicketMessage } from '../api/types';
import { AttachmentList } from './AttachmentList';

/**
 * The conversation, newest first as the server sends it. Support's replies look different from the customer's, and
 * internal notes (only agents ever get them) are marked as such.
 */
export function TicketThread({ messages }: { messages: TicketMessage[] }) {
  const { t, i18n } = useTranslation();
  if (messages.length === 0) return <p className="muted" data-testid="thread-empty">{t('support.ticket.noMessages')}</p>;
  return (
    <ol className="thread" data-testid="thread">
      {messages.map((m) => {
        const kind = m.internal ? 'internal' : m.fromSupport ? 'support' : 'customer';
        return (
          <li
            key={m.id}
            className={`message message--${kind}`}
            data-testid="ticket-message"
            data-message-id={m.id}
            data-from-support={m.fromSupport}
            data-internal={m.internal}
          >
            <div className="message__meta">
              <strong>{m.author}</strong>
              {m.internal ? (
                <span className="badge badge--internal" data-testid="internal-note-badge">
                  {t('support.ticket.internalNote')}
                </span>
              ) : (
                m.fromSupport && <span className="badge badge--support">{t('support.ticket.fromSupport')}</span>
              )}
              <time className="muted" dateTime={m.createdAt}>
                {formatInstant(m.createdAt, i18n.language)}
              </time>
            </div>
            <div className="message__body" data-testid="ticket-message-body">
              {m.body}
            </div>
            <AttachmentList attachments={m.attachments} />
          </li>
        );
      })}
    </ol>
  );
}
