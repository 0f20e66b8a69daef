import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Subscription } from '../api/types';
import { AdminTransferDialog } from './AdminTransferDialog';

interface AdminTransferSectionProps {
  subscription: Subscription;
  /** Transfers the admin right; rejects with the server's problem (the dialog shows it). */
  onTransfer: (email: string) => Promise<unknown>;
}

/** The subscription admin and, when `actions.transferAdmin` allows it, "Transfer admin rights". */
export function AdminTransferSection({ subscription: s, onTransfer }: AdminTransferSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const transfer = useCallback(
    async (email: string) => {
      await onTransfer(email);
      setOpen(false);
    },
    [onTransfer],
  );

  if (!s.actions.transferAdmin) return null;

  return (
    <section aria-labelledby="admin-transfer-heading" className="card" data-testid="admin-transfer-section">
      <div className="page__header">
        <h2 id="admin-transfer-heading">{t('subscriptions.transfer.sectionHeading')}</h2>
        <button type="button" className="button" onClick={() => setOpen(true)} data-testid="admin-transfer-open">
          {t('subscriptions.transfer.open')}
        </button>
      </div>
      <p data-testid="admin-transfer-current">
        {t('subscriptions.transfer.current', { admin: s.admin.name ? `${s.admin.name} <${s.admin.email}>` : s.admin.email })}
      </p>
      <p className="muted field-hint">{t('subscriptions.transfer.sectionHint')}</p>
      {open && <AdminTransferDialog subscription={s} onTransfer={transfer} onClose={close} />}
    </section>
  );
}
