import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { resendDelivery, useDeliveries, type WebhookDelivery, type WebhookScope } from '../api/webhooks';

/** One endpoint's deliveries, newest first: event, status, attempts, the last answer; resend one. */
export function DeliveriesLog({ scope, endpointId }: { scope: WebhookScope; endpointId: string }) {
  const { t, i18n } = useTranslation();
  const deliveries = useDeliveries(scope, endpointId);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const time = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '');

  async function resend(delivery: WebhookDelivery) {
    setBusy(delivery.id);
    setError(null);
    try {
      const queued = await resendDelivery(scope, endpointId, delivery.id);
      deliveries.setItems((items) => items.map((d) => (d.id === queued.id ? queued : d)));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="webhook-deliveries" aria-label={t('webhooks.deliveries.heading')} data-testid="webhook-deliveries">
      <div className="page__header">
        <h3>{t('webhooks.deliveries.heading')}</h3>
        <button type="button" className="button" onClick={deliveries.reload} data-testid="webhook-deliveries-refresh">
          {t('webhooks.deliveries.refresh')}
        </button>
      </div>
      <ProblemAlert error={error ?? deliveries.error} />
      {deliveries.loading && deliveries.items.length === 0 && <Loading />}
      {!deliveries.loading && deliveries.items.length === 0 && !deliveries.error && (
        <p data-testid="webhook-deliveries-empty">{t('webhooks.deliveries.empty')}</p>
      )}
      {deliveries.items.length > 0 && (
        <ScrollBox label={t('webhooks.deliveries.heading')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.deliveries.time')}</th>
                <th scope="col">{t('webhooks.deliveries.event')}</th>
                <th scope="col">{t('webhooks.deliveries.status')}</th>
                <th scope="col">{t('webhooks.deliveries.attempts')}</th>
                <th scope="col">{t('webhooks.deliveries.answer')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.deliveries.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.items.map((d) => {
                const last = d.attemptLog[0];
                return (
                  <tr key={d.id} data-testid="webhook-delivery" data-event-type={d.eventType} data-status={d.status}>
                    <td>{time(d.createdAt)}</td>
                    <td>
                      <code>{d.eventType}</code>
                    </td>
                    <td data-testid="webhook-delivery-status">{t(`webhooks.status.${d.status}`)}</td>
                    <td data-testid="webhook-delivery-attempts">{d.attemptLog.length}</td>
                    <td>
                      {last
                        ? last.responseStatus != null
                          ? `HTTP ${last.responseStatus} · ${last.durationMs} ms`
                          : (last.error ?? '')
                        : d.status === 'PENDING' && d.nextAttemptAt
                          ? t('webhooks.deliveries.due', { time: time(d.nextAttemptAt) })
                          : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        disabled={busy === d.id || d.status === 'SENDING'}
                        onClick={() => void resend(d)}
                        data-testid="webhook-delivery-resend"
                      >
                        {t('webhooks.deliveries.resend')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <LoadMore hasMore={deliveries.hasMore} loading={deliveries.loading} onLoadMore={deliveries.loadMore} testId="webhook-deliveries-more" />
    </section>
  );
}
