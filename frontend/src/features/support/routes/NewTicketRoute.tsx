import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useCurrentCompany } from '@/lib/current-company';
import { createTicket } from '../api/create-ticket';
import { useContractLine } from '../api/get-contract-line';
import { AttachmentPicker } from '../components/AttachmentPicker';
import { CcEditor } from '../components/CcEditor';
import { LineSummary } from '../components/LineSummary';
import { sameEmail } from '../utils/email';
import { fieldErrors } from '../utils/problems';
import { useUploads } from '../utils/use-uploads';

const FIELDS = ['title', 'description'] as const;

/** The server names a CC error by its index (`cc[2]`); all of them belong under the CC field. */
function ccErrors(problem: unknown) {
  if (!(problem instanceof ApiProblem) || problem.status !== 422) return [];
  return problem.errors.filter((e) => /(^|\.)cc(\[\d+\])?$/.test(e.field));
}

/**
 * `/support/tickets/new?lineId=…`: a ticket on one contract line. Attachments upload as they are chosen; the ticket
 * is sent once they are all uploaded, naming their ids, with the extra CC addresses. A failed file must be removed
 * first, so that no one believes it went along.
 */
export function NewTicketRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const descriptionId = useId();
  const [params] = useSearchParams();
  const lineId = params.get('lineId');
  const companyId = useCurrentCompany()?.companyId ?? null;
  const found = useContractLine(companyId, lineId, params.get('contractId'));
  const uploads = useUploads();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [cc, setCc] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  /** Sending was tried while files were still uploading or had failed. */
  const [blocked, setBlocked] = useState(false);

  if (!companyId) return <Navigate to="/support" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!found.data || busy) return;
    if (uploads.busy || uploads.hasFailed) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setBusy(true);
    setProblem(null);
    try {
      const ticket = await createTicket({
        contractLineId: found.data.line.id,
        title: title.trim(),
        description: description.trim(),
        attachmentIds: uploads.attachmentIds,
        cc,
      });
      navigate(`/support/tickets/${ticket.id}`);
      return;
    } catch (e) {
      setProblem(e);
    }
    setBusy(false);
  }

  const titleErrors = fieldErrors(problem, 'title');
  const descriptionErrors = fieldErrors(problem, 'description');
  const line = found.data;
  const ccProblems = ccErrors(problem);
  const blocking = blocked ? (uploads.hasFailed ? 'failed' : uploads.busy ? 'uploading' : null) : null;
  return (
    <div data-testid="new-ticket">
      <h2>{t('support.newTicket.heading')}</h2>
      <ProblemAlert error={found.error} />
      {found.loading && <Loading />}
      {(!lineId || found.data === null) && (
        <>
          <EmptyState title={t('support.newTicket.noLine')} text={t('support.newTicket.noLineHint')} testId="new-ticket-no-line" />
          <p className="empty-state__action">
            <Link to="/support" className="button">
              {t('support.newTicket.toContracts')}
            </Link>
          </p>
        </>
      )}
      {line && (
        <form className="card ticket-form" onSubmit={(e) => void submit(e)} noValidate data-testid="ticket-form">
          <LineSummary contract={line.contract} line={line.line} />
          <div className="form-field">
            <label htmlFor={titleId}>{t('support.newTicket.title')}</label>
            <input
              id={titleId}
              value={title}
              maxLength={200}
              required
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={titleErrors.length > 0 || undefined}
              aria-describedby={titleErrors.length > 0 ? `${titleId}-error` : undefined}
              data-testid="ticket-title"
            />
            {titleErrors.length > 0 && (
              <p id={`${titleId}-error`} className="field-error" data-testid="ticket-title-error">
                {titleErrors.join(' ')}
              </p>
            )}
          </div>
          <div className="form-field">
            <label htmlFor={descriptionId}>{t('support.newTicket.description')}</label>
            <textarea
              id={descriptionId}
              value={description}
              maxLength={20000}
              rows={8}
              required
              onChange={(e) => setDescription(e.target.value)}
              aria-invalid={descriptionErrors.length > 0 || undefined}
              aria-describedby={`${descriptionId}-hint${descriptionErrors.length > 0 ? ` ${descriptionId}-error` : ''}`}
              data-testid="ticket-description"
            />
            <p id={`${descriptionId}-hint`} className="muted field-hint">
              {t('support.newTicket.descriptionHint')}
            </p>
            {descriptionErrors.length > 0 && (
              <p id={`${descriptionId}-error`} className="field-error" data-testid="ticket-description-error">
                {descriptionErrors.join(' ')}
              </p>
            )}
          </div>
          <AttachmentPicker uploads={uploads} testIdPrefix="ticket" disabled={busy} />
          <CcEditor
            emails={cc}
            testIdPrefix="ticket-"
            errors={ccProblems.map((e) => e.message)}
            busy={busy}
            onAdd={(email) => setCc((list) => (list.some((e) => sameEmail(e, email)) ? list : [...list, email]))}
            onRemove={(email) => setCc((list) => list.filter((e) => e !== email))}
          />
          <ProblemAlert error={problem} inlineFields={[...FIELDS, ...ccProblems.map((e) => e.field)]} />
          {blocking && (
            <p className="card notice" role="alert" data-testid="ticket-uploads-blocking">
              {blocking === 'uploading' ? t('support.newTicket.waitForUploads') : t('support.newTicket.removeFailed')}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || !title.trim() || !description.trim()}
              data-testid="ticket-submit"
            >
              {busy ? t('support.newTicket.submitting') : t('support.newTicket.submit')}
            </button>
            <Link to="/support" className="button">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      )}
    </div>
  );
}
