import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { ApiProblem } from '@/lib/api';
import { formatInstant } from '@/lib/format';
import type { PoNumberEntry, Subscription } from '../api/types';

const FIELDS = ['poNumber'] as const;

interface PoNumberSectionProps {
  subscription: Subscription;
  history: PoNumberEntry[] | undefined;
  historyError: unknown;
  /** Saves the new PO number (with If-Match); rejects with the server's problem. */
  onSave: (poNumber: string) => Promise<unknown>;
  /** Called after a 412: someone changed the subscription meanwhile, read it again. */
  onStale: () => void;
}

/** The PO number with its history; "Edit" only when `actions.changePoNumber` allows it. */
export function PoNumberSection({ subscription, history, historyError, onSave, onStale }: PoNumberSectionProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const fieldErrors = problem instanceof ApiProblem ? problem.fieldMessages('poNumber') : [];

  function startEditing() {
    setDraft(subscription.poNumber ?? '');
    setProblem(null);
    setSaved(false);
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      await onSave(draft.trim());
      setEditing(false);
      setSaved(true);
    } catch (e) {
      setProblem(e);
      if (e instanceof ApiProblem && e.status === 412) onStale();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="po-heading" className="card" data-testid="po-number-section">
      <div className="page__header">
        <h2 id="po-heading">{t('subscriptions.po.heading')}</h2>
        {subscription.actions.changePoNumber && !editing && (
          <button type="button" className="button" onClick={startEditing} data-testid="po-number-edit">
            {t('subscriptions.po.edit')}
          </button>
        )}
      </div>
      <dl className="details">
        <dt>{t('subscriptions.po.current')}</dt>
        <dd data-testid="po-number-value">
          {subscription.poNumber ?? <span className="muted">{t('subscriptions.details.notSet')}</span>}
        </dd>
      </dl>
      {saved && (
        <p className="success" role="status" data-testid="po-number-success">
          {t('subscriptions.po.saved')}
        </p>
      )}
      {editing && (
        <form className="po-form" onSubmit={(e) => void save(e)} noValidate>
          <ProblemAlert error={problem} inlineFields={FIELDS} />
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={inputId}>{t('subscriptions.po.new')}</label>
              <input
                id={inputId}
                value={draft}
                maxLength={35}
                autoComplete="off"
                required
                onChange={(e) => setDraft(e.target.value)}
                aria-invalid={fieldErrors.length > 0 || undefined}
                aria-describedby={`${inputId}-hint${fieldErrors.length > 0 ? ` ${inputId}-error` : ''}`}
                data-testid="po-number-input"
              />
              <p id={`${inputId}-hint`} className="muted field-hint">
                {t('subscriptions.po.hint')}
              </p>
              {fieldErrors.length > 0 && (
                <p id={`${inputId}-error`} className="field-error" data-testid="po-number-error">
                  {fieldErrors.join(' ')}
                </p>
              )}
            </div>
            <div className="form-field form-field--button">
              <div className="button-row">
                <button type="submit" className="button button--primary" disabled={busy} data-testid="po-number-save">
                  {busy ? t('subscriptions.po.saving') : t('subscriptions.po.save')}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setEditing(false)} data-testid="po-number-cancel">
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          </div>
        </form>
      )}
      <h3>{t('subscriptions.po.history')}</h3>
      <ProblemAlert error={historyError} />
      {!history && !historyError && <Loading />}
      {history && history.length === 0 && <EmptyState title={t('subscriptions.po.historyEmpty')} testId="po-history-empty" />}
      {history && history.length > 0 && (
        <ScrollBox label={t('subscriptions.po.heading')}>
          <table className="table" data-testid="po-history">
            <thead>
              <tr>
                <th scope="col">{t('subscriptions.po.historyValue')}</th>
                <th scope="col">{t('subscriptions.po.historyChangedAt')}</th>
                <th scope="col">{t('subscriptions.po.historyChangedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, index) => (
                <tr key={`${entry.changedAt}:${index}`} data-testid="po-history-row" data-po-number={entry.poNumber ?? ''}>
                  <td>{entry.poNumber ?? <span className="muted">{t('subscriptions.details.notSet')}</span>}</td>
                  <td>{formatInstant(entry.changedAt, i18n.language)}</td>
                  <td>{entry.changedByName ?? t('subscriptions.po.system')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
