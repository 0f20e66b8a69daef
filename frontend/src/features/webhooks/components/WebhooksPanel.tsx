import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import {
  createEndpoint,
  deleteEndpoint,
  rotateSecret,
  sendTestEvent,
  setEndpointEnabled,
  useEndpoints,
  type EndpointDraft,
  type WebhookEndpoint,
  type WebhookScope,
} from '../api/webhooks';
import { DeliveriesLog } from './DeliveriesLog';
import { EndpointForm } from './EndpointForm';
import { SecretBox } from './SecretBox';

/** Endpoints of one scope: register, enable/disable, test, rotate the secret, delete, and each one's delivery log. */
export function WebhooksPanel({ scope }: { scope: WebhookScope }) {
  const { t } = useTranslation();
  const endpoints = useEndpoints(scope);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);
  const [busy, setBusy] = useState(false);

  const replace = (endpoint: WebhookEndpoint) =>
    endpoints.setItems((items) => items.map((e) => (e.id === endpoint.id ? { ...endpoint, secret: null } : e)));

  async function run(action: () => Promise<void>) {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function create(draft: EndpointDraft) {
    const created = await createEndpoint(scope, draft);
    setSecret(created.secret ?? null);
    endpoints.setItems((items) => [{ ...created, secret: null }, ...items]);
  }

  return (
    <div className="webhooks" data-testid="webhooks-panel">
      <p className="hint">{t('webhooks.intro')}</p>
      {secret && <SecretBox secret={secret} onDone={() => setSecret(null)} />}
      <ProblemAlert error={error ?? endpoints.error} />
      {notice && (
        <p role="status" className="notice" data-testid="webhook-notice">
          {notice}
        </p>
      )}
      {endpoints.loading && endpoints.items.length === 0 && <Loading />}
      {!endpoints.loading && endpoints.items.length === 0 && !endpoints.error && (
        <EmptyState title={t('webhooks.empty')} testId="webhooks-empty" />
      )}
      <ul className="webhook-endpoints">
        {endpoints.items.map((endpoint) => (
          <li key={endpoint.id} className="card" data-testid="webhook-endpoint">
            <div className="page__header">
              <h2 className="webhook-endpoint__url">
                <code>{endpoint.url}</code>
              </h2>
              <span className={endpoint.enabled ? 'badge badge--active' : 'badge badge--pending'} data-testid="webhook-endpoint-state">
                {endpoint.enabled
                  ? t('webhooks.enabled')
                  : t(`webhooks.disabled.${endpoint.disabledReason ?? 'BY_USER'}`)}
              </span>
            </div>
            {endpoint.description && <p>{endpoint.description}</p>}
            <p className="hint">
              {endpoint.eventTypes.length === 0
                ? t('webhooks.form.allTypes')
                : endpoint.eventTypes.join(', ')}
            </p>
            <div className="actions">
              <button
                type="button"
                className="button"
                aria-expanded={open === endpoint.id}
                onClick={() => setOpen(open === endpoint.id ? null : endpoint.id)}
                data-testid="webhook-deliveries-toggle"
              >
                {t('webhooks.actions.deliveries')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await sendTestEvent(scope, endpoint.id);
                    setNotice(t('webhooks.testQueued'));
                  })
                }
                data-testid="webhook-test"
              >
                {t('webhooks.actions.test')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const rotated = await rotateSecret(scope, endpoint.id);
                    setSecret(rotated.secret ?? null);
                    replace(rotated);
                  })
                }
                data-testid="webhook-rotate"
              >
                {t('webhooks.actions.rotate')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void run(async () => replace(await setEndpointEnabled(scope, endpoint.id, !endpoint.enabled)))}
                data-testid="webhook-toggle-enabled"
              >
                {endpoint.enabled ? t('webhooks.actions.disable') : t('webhooks.actions.enable')}
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                onClick={() => setDeleting(endpoint)}
                data-testid="webhook-delete"
              >
                {t('webhooks.actions.delete')}
              </button>
            </div>
            {open === endpoint.id && <DeliveriesLog scope={scope} endpointId={endpoint.id} />}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={endpoints.hasMore} loading={endpoints.loading} onLoadMore={endpoints.loadMore} testId="webhooks-more" />
      <EndpointForm onSubmit={create} />
      {deleting && (
        <ConfirmDialog
          title={t('webhooks.delete.title')}
          text={t('webhooks.delete.text', { url: deleting.url })}
          confirmLabel={t('webhooks.actions.delete')}
          busy={busy}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            void run(async () => {
              await deleteEndpoint(scope, deleting.id);
              endpoints.setItems((items) => items.filter((e) => e.id !== deleting.id));
              setDeleting(null);
            })
          }
        />
      )}
    </div>
  );
}
