import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/format';
import type { Subscription } from '../api/types';

interface CancellationSectionProps {
  subscription: Subscription;
  onCancel: () => Promise<unknown>;
  onUndo: () => Promise<unknown>;
}

/** Cancel at the next renewal (after a confirmation), or take a cancellation back before that date. */
export function CancellationSection({ subscription: s, onCancel, onUndo }: CancellationSectionProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const renewal = formatDate(s.nextRenewalDate ?? s.termEnd, i18n.language);
  /** The last day it can be used: the term's end, as the details show it (the renewal date is the day after). */
  const lastDay = formatDate(s.termEnd ?? s.nextRenewalDate, i18n.language);

  if (!s.actions.cancel && !s.actions.undoCancellation && s.status !== 'NON_RENEWING') return null;

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="cancellation-heading" className="card" data-testid="cancellation-section">
      <h2 id="cancellation-heading">{t('subscriptions.cancellation.heading')}</h2>
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      {s.status === 'NON_RENEWING' ? (
        <p data-testid="cancellation-info">{t('subscriptions.cancellation.endsOn', { date: lastDay })}</p>
      ) : (
        <p>
          {s.autoRenew
            ? t('subscriptions.cancellation.renewsOn', { date: renewal })
            : t('subscriptions.cancellation.endsWithoutRenewal', { date: lastDay })}
        </p>
      )}
      {s.actions.cancel && (
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => setConfirming(true)}
          data-testid="cancel-subscription"
        >
          {t('subscriptions.cancellation.cancel')}
        </button>
      )}
      {s.actions.undoCancellation && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(onUndo)}
          data-testid="undo-cancellation"
        >
          {t('subscriptions.cancellation.undo')}
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('subscriptions.cancellation.confirmTitle')}
          text={t('subscriptions.cancellation.confirmText', { product: s.productName, number: s.number, date: lastDay })}
          confirmLabel={t('subscriptions.cancellation.confirm')}
          busy={busy}
          onConfirm={() => void run(onCancel)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
