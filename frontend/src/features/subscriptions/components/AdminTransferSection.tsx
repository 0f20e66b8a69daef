import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatInstant } from '@/lib/format';
import type { Subscription } from '../api/types';
import { AdminTransferDialog } from './AdminTransferDialog';

interface AdminTransferSectionProps {
  subscription: Subscription;
  /** Transfers the admin right; rejects with the server's problem (the dialog shows it). */
  onTransfer: (email: string) => Promise<unknown>;
  /** Withdraws the pending transfer; rejects with the server's problem. */
  onWithdraw: () => Promise<unknown>;
}

/**
 * The subscription admin, a transfer waiting for its invitee (who, since when, by whom) with "Withdraw transfer", and,
 * when `actions.transferAdmin` allows it, "Transfer admin rights" (a new transfer replaces a pending one).
 */
export function AdminTransferSection({ subscription: s, onTransfer, onWithdraw }: AdminTransferSectionProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const close = useCallback(() => setOpen(false), []);
  const transfer = useCallback(
    async (email: string) => {
      await onTransfer(email);
      setOpen(false);
    },
    [onTransfer],
  );

  if (!s.actions.transferAdmin && !s.pendingAdminTransfer) return null;
  const admin = s.admin.name ? `${s.admin.name} <${s.admin.email}>` : s.admin.email;
  const pending = s.pendingAdminTransfer;

  async function withdraw() {
    setBusy(true);
    setProblem(null);
    try {
      await onWithdraw();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="admin-transfer-heading" className="card" data-testid="admin-transfer-section">
      <div className="page__header">
        <h2 id="admin-transfer-heading">{t('subscriptions.transfer.sectionHeading')}</h2>
        {s.actions.transferAdmin && (
          <button type="button" className="button" onClick={() => setOpen(true)} data-testid="admin-transfer-open">
            {t('subscriptions.transfer.open')}
          </button>
        )}
      </div>
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      <p data-testid="admin-transfer-current">{t('subscriptions.transfer.current', { admin })}</p>
      {pending && (
        <div className="notice" data-testid="admin-transfer-pending" data-email={pending.email}>
          <p>
            {t('subscriptions.transfer.pending', {
              email: pending.email,
              date: formatInstant(pending.requestedAt, i18n.language),
              admin: s.admin.email,
            })}
            {pending.requestedByName && <> {t('subscriptions.transfer.pendingBy', { name: pending.requestedByName })}</>}
          </p>
          {s.actions.withdrawAdminTransfer && (
            <button type="button" className="button" disabled={busy} onClick={() => void withdraw()} data-testid="admin-transfer-withdraw">
              {t('subscriptions.transfer.withdraw')}
            </button>
          )}
        </div>
      )}
      <p className="muted field-hint">{t('subscriptions.transfer.sectionHint')}</p>
      {open && <AdminTransferDialog subscription={s} onTransfer={transfer} onClose={close} />}
    </section>
  );
}
