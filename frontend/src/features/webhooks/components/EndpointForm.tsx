import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { EVENT_TYPES, type EndpointDraft, type WebhookEventType } from '../api/webhooks';

/** Registers an endpoint: its URL, a description, and the event types it wants (none ticked: every type). */
export function EndpointForm({ onSubmit }: { onSubmit: (draft: EndpointDraft) => Promise<void> }) {
  const { t } = useTranslation();
  const typesId = useId();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<WebhookEventType[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fieldErrors = (field: string) =>
    error instanceof ApiProblem ? error.fieldMessages(field) : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ url: url.trim(), description: description.trim(), eventTypes: types });
      setUrl('');
      setDescription('');
      setTypes([]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function toggle(type: WebhookEventType, on: boolean) {
    setTypes((current) => (on ? [...current, type] : current.filter((x) => x !== type)));
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} data-testid="webhook-form">
      <h2>{t('webhooks.form.heading')}</h2>
      <ProblemAlert error={error} inlineFields={['url', 'description']} />
      <TextField
        label={t('webhooks.form.url')}
        value={url}
        onChange={setUrl}
        errors={fieldErrors('url')}
        testId="webhook-url"
        maxLength={2000}
        required
        inputMode="url"
        placeholder="https://erp.example.com/portico"
      />
      <TextField
        label={t('webhooks.form.description')}
        value={description}
        onChange={setDescription}
        errors={fieldErrors('description')}
        testId="webhook-description"
        maxLength={500}
      />
      <details>
        <summary>
          {types.length === 0 ? t('webhooks.form.allTypes') : t('webhooks.form.someTypes', { count: types.length })}
        </summary>
        <fieldset aria-describedby={typesId}>
          <legend>{t('webhooks.form.types')}</legend>
          <p id={typesId} className="hint">{t('webhooks.form.typesHint')}</p>
          <ul className="webhook-types">
            {EVENT_TYPES.map((type) => (
              <li key={type}>
                <label>
                  <input
                    type="checkbox"
                    checked={types.includes(type)}
                    onChange={(e) => toggle(type, e.target.checked)}
                    data-testid={`webhook-type-${type}`}
                  />{' '}
                  <code>{type}</code>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      <button type="submit" className="button button--primary" disabled={busy} data-testid="webhook-create">
        {t('webhooks.form.submit')}
      </button>
    </form>
  );
}
