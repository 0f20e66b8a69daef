import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstant } from '@/lib/format';
import type { OrderSummary } from '../api/types';
import { Amount } from './Amount';
import { OrderStatusBadge } from './OrderStatusBadge';

/** The company's orders: number, when and by whom, what, total, how paid, status, and how many await activation. */
export function OrdersTable({ orders }: { orders: OrderSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollBox label={t('orders.list.heading')}>
      <table className="table" data-testid="orders-table">
        <thead>
          <tr>
            <th scope="col">{t('orders.list.number')}</th>
            <th scope="col">{t('orders.list.placedAt')}</th>
            <th scope="col">{t('orders.list.lines')}</th>
            <th scope="col" className="table__number">
              {t('orders.list.total')}
            </th>
            <th scope="col">{t('orders.list.payment')}</th>
            <th scope="col">{t('orders.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id} data-testid="order-row" data-order-id={o.id} data-number={o.number} data-status={o.status}>
              <td>
                <Link to={`/orders/${o.id}`}>{o.number}</Link>
              </td>
              <td>
                {formatInstant(o.placedAt, i18n.language)}
                <div className="muted field-hint">{o.placedBy}</div>
              </td>
              <td>
                <ul className="plain-list">
                  {o.lines.map((line, n) => (
                    <li key={n}>{line}</li>
                  ))}
                </ul>
              </td>
              <td className="table__number">
                <Amount money={o.total} />
              </td>
              <td>{t(`orders.paymentMethod.${o.paymentMethod}`)}</td>
              <td>
                <OrderStatusBadge status={o.status} testId="order-row-status" />
                {o.pendingActivation > 0 && (
                  <div>
                    <span className="badge badge--pending-activation" data-testid="order-row-pending">
                      {t('orders.list.pendingActivation', { number: o.pendingActivation })}
                    </span>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
