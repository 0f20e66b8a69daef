import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useAgents } from '../api/list-agents';
import { triageTicket, useTaggedTicket, type TaggedTicket } from '../api/triage-ticket';
import { TICKET_PRIORITIES, type Ticket, type TicketPriority } from '../api/types';

interface TriagePanelProps {
  ticket: Ticket;
  onChange: (ticket: Ticket) => void;
}

/**
 * For agents: the ticket's priority and who works on it. Saved with the ETag of the version read (If-Match): when
 * someone changed the ticket meanwhile, the agent is told and the panel reads it again.
 */
export function TriagePanel({ ticket, onChange }: TriagePanelProps) {
  const { t } = useTranslation();
  const ids = { priority: useId(), assignee: useId() };
  const read = useTaggedTicket(ticket.id, `${ticket.updatedAt}:${ticket.state}`);
  const agents = useAgents(true);
  const [saved, setSaved] = useState<TaggedTicket | null>(null);
  const current = saved && read.data && saved.ticket.updatedAt === read.data.ticket.updatedAt ? saved : read.data;
  const [draft, setDraft] = useState<{ for: string; priority: TicketPriority; assigneeId: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const key = current ? `${current.etag}` : '';
  const shown = draft && draft.for === key ? draft : current
    ? { for: key, priority: current.ticket.priority ?? 'NORMAL', assigneeId: current.ticket.assignee?.id ?? '' }
    : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!current || !shown || busy) return;
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      const result = await triageTicket(ticket.id, { priority: shown.priority, assigneeId: shown.assigneeId || null }, current.etag);
      setSaved(result);
      setDraft(null);
      setDone(true);
      onChange(result.ticket);
    } catch (e) {
      setProblem(e);
      if (e instanceof ApiProblem && e.status === 412) read.reload();
    } finally {
      setBusy(false);
    }
  }

  const stale = problem instanceof ApiProblem && problem.status === 412;
  const people = agents.data?.items ?? [];
  const assignee = current?.ticket.assignee;
  return (
    <section className="card" aria-labelledby={`${ids.priority}-heading`} data-testid="triage-panel">
      <h2 id={`${ids.priority}-heading`}>{t('support.triage.heading')}</h2>
      {shown ? (
        <form onSubmit={(e) => void save(e)} data-testid="triage-form">
          {stale ? (
            <p className="problem-alert" role="alert" data-testid="triage-stale">
              {t('support.triage.stale')}
            </p>
          ) : (
            <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
          )}
          {done && (
            <p className="success" role="status" data-testid="triage-done">
              {t('support.triage.saved')}
            </p>
          )}
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={ids.priority}>{t('support.triage.priority')}</label>
              <select
                id={ids.priority}
                value={shown.priority}
                onChange={(e) => setDraft({ ...shown, priority: e.target.value as TicketPriority })}
                data-testid="triage-priority"
              >
                {TICKET_PRIORITIES.map((priority) => (
                  <option key={priority} value={priority}>
                    {t(`support.priority.${priority}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={ids.assignee}>{t('support.triage.assignee')}</label>
              <select
                id={ids.assignee}
                value={shown.assigneeId}
                onChange={(e) => setDraft({ ...shown, assigneeId: e.target.value })}
                data-testid="triage-assignee"
              >
                <option value="">{t('support.queue.unassigned')}</option>
                {/* the current assignee even when they are not among the first agents listed */}
                {assignee && !people.some((p) => p.id === assignee.id) && <option value={assignee.id}>{assignee.name}</option>}
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name} ({person.email})
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field form-field--button">
              <button type="submit" className="button button--primary" disabled={busy} data-testid="triage-save">
                {t('support.triage.save')}
              </button>
            </div>
          </div>
        </form>
      ) : (
        <ProblemAlert error={read.error} />
      )}
    </section>
  );
}
