import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../api/types';

/** The translated order status; `data-status` carries the raw value for tests and styling. */
export function OrderStatusBadge({ status, testId = 'order-status' }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--order-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`orders.status.${status}`)}
    </span>
  );
}
