import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useIsSupportAgent } from '@/lib/current-user';
import { formatInstant } from '@/lib/format';
import { closeTicket } from '../api/close-ticket';
import { useTicket } from '../api/get-ticket';
import { reopenTicket } from '../api/reopen-ticket';
import { resolveTicket } from '../api/resolve-ticket';
import type { Ticket } from '../api/types';
import { AttachmentList } from '../components/AttachmentList';
import { CcSection } from '../components/CcSection';
import { ReplyForm } from '../components/ReplyForm';
import { TicketStateBadge } from '../components/TicketStateBadge';
import { TicketThread } from '../components/TicketThread';
import { TriagePanel } from '../components/TriagePanel';

type Transition = 'close' | 'reopen' | 'resolve';

const TRANSITIONS: Record<Transition, (id: string) => Promise<Ticket>> = {
  close: closeTicket,
  reopen: reopenTicket,
  resolve: resolveTicket,
};

/**
 * `/support/tickets/:id`: a ticket for the company's members and for support agents alike: number and state, the
 * line, the description with its files, the CC addresses, the reply box, and the thread, newest first. Close, reopen
 * and resolve appear as the ticket's `actions` allow; agents also get the internal-note toggle there.
 */
export function TicketRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const ticket = useTicket(id);
  const agent = useIsSupportAgent();
  const [busy, setBusy] = useState<Transition | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const setTicket = ticket.setData;

  async function transition(kind: Transition) {
    if (!id) return;
    setBusy(kind);
    setProblem(null);
    try {
      const updated = await TRANSITIONS[kind](id);
      setTicket(() => updated);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(null);
    }
  }

  const tk = ticket.data;
  if (!tk) {
    return (
      <div data-testid="ticket-page">
        <ProblemAlert error={ticket.error} />
        {ticket.loading && <Loading />}
      </div>
    );
  }
  const lng = i18n.language;
  const back = agent ? '/support/queue' : '/support/tickets';
  return (
    <article className="ticket" data-testid="ticket-page" data-ticket-id={tk.id}>
      <p>
        <Link to={back} data-testid="ticket-back">
          {agent ? t('support.ticket.backToQueue') : t('support.ticket.backToTickets')}
        </Link>
      </p>
      <header className="page__header ticket__header">
        <h2>
          <span data-testid="ticket-number">{tk.number}</span> <span className="ticket__title" data-testid="ticket-title-text">{tk.title}</span>
        </h2>
        <TicketStateBadge state={tk.state} />
      </header>
      <section className="card" aria-label={t('support.ticket.details')}>
        <dl className="details">
          <dt>{t('support.ticket.company')}</dt>
          <dd>{tk.companyName}</dd>
          <dt>{t('support.ticket.contract')}</dt>
          <dd data-testid="ticket-contract">{tk.line.contractNumber}</dd>
          <dt>{t('support.ticket.line')}</dt>
          <dd data-testid="ticket-line-label">{tk.line.label}</dd>
          <dt>{t('support.ticket.reporter')}</dt>
          <dd>
            {tk.reporter} <span className="muted">&lt;{tk.reporterEmail}&gt;</span>
          </dd>
          {tk.priority && (
            <>
              <dt>{t('support.triage.priority')}</dt>
              <dd data-testid="ticket-priority">{t(`support.priority.${tk.priority}`)}</dd>
              <dt>{t('support.triage.assignee')}</dt>
              <dd data-testid="ticket-assignee">{tk.assignee?.name ?? t('support.queue.unassigned')}</dd>
            </>
          )}
          <dt>{t('support.ticket.opened')}</dt>
          <dd>{formatInstant(tk.openedAt, lng)}</dd>
          <dt>{t('support.ticket.updated')}</dt>
          <dd>{formatInstant(tk.updatedAt, lng)}</dd>
        </dl>
        <div className="button-row ticket__actions">
          {tk.actions.resolve && (
            <button type="button" className="button" disabled={busy !== null} onClick={() => void transition('resolve')} data-testid="ticket-resolve">
              {t('support.ticket.resolve')}
            </button>
          )}
          {tk.actions.close && (
            <button type="button" className="button" disabled={busy !== null} onClick={() => void transition('close')} data-testid="ticket-close">
              {t('support.ticket.close')}
            </button>
          )}
          {tk.actions.reopen && (
            <button type="button" className="button" disabled={busy !== null} onClick={() => void transition('reopen')} data-testid="ticket-reopen">
              {t('support.ticket.reopen')}
            </button>
          )}
        </div>
        <p className="muted field-hint" data-testid="reopen-hint">
          {t('support.ticket.reopenHint')}
        </p>
        <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      </section>
      {tk.actions.triage && <TriagePanel ticket={tk} onChange={(updated) => setTicket(() => updated)} />}
      <section className="card" aria-labelledby="description-heading" data-testid="ticket-description-section">
        <h2 id="description-heading">{t('support.ticket.description')}</h2>
        <div className="message__body" data-testid="ticket-description-text">
          {tk.description}
        </div>
        <AttachmentList attachments={tk.attachments} />
      </section>
      <CcSection ticket={tk} onChange={(cc) => setTicket((current) => current && { ...current, cc })} />
      {tk.actions.reply && <ReplyForm ticket={tk} onReplied={(updated) => setTicket(() => updated)} />}
      <section aria-labelledby="thread-heading">
        <h2 id="thread-heading">{t('support.ticket.thread')}</h2>
        <TicketThread messages={tk.messages} />
      </section>
    </article>
  );
}
