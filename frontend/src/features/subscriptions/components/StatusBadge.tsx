import { useTranslation } from 'react-i18next';
import type { SubscriptionStatus } from '../api/types';

/**
 * The translated status; `data-status` carries the raw value for tests and styling. A page shows one
 * badge with the default test id; others pass their own.
 */
export function StatusBadge({ status, testId = 'subscription-status' }: { status: SubscriptionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status.toLowerCase().replace(/_/g, '-')}`} data-testid={testId} data-status={status}>
      {t(`subscriptions.status.${status}`)}
    </span>
  );
}
