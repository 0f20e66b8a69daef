import { useTranslation } from 'react-i18next';
import type { SubscriptionStatus } from '../api/types';

/** A delivered subscription's state now, in the words the subscriptions pages use. */
export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge--${status.toLowerCase().replace(/_/g, '-')}`}
      data-testid="order-item-status"
      data-status={status}
    >
      {t(`subscriptions.status.${status}`)}
    </span>
  );
}
