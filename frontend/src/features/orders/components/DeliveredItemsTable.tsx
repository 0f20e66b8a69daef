import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstantDate } from '@/lib/format';
import type { Order, OrderItem, OrderLine } from '../api/types';
import { AssociationBadge } from './AssociationBadge';
import { CopyButton } from './CopyButton';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge';

interface DeliveredItemsTableProps {
  order: Order;
  onAssociate: (item: OrderItem, line: OrderLine) => void;
  onWithdraw: (item: OrderItem, line: OrderLine) => void;
}

/** Still in this company: not handed over, or handed over but not yet taken (so its page can still be opened here). */
function stillOurs(item: OrderItem): boolean {
  return !item.association || item.association.state === 'PENDING';
}

/**
 * Every unit the order delivered: a subscription with its state now, or a license key to copy; whom a subscription
 * was handed to and whether they took it over. Associate and withdraw appear only when the item's actions allow.
 */
export function DeliveredItemsTable({ order, onAssociate, onWithdraw }: DeliveredItemsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollBox label={t('orders.items.heading')}>
      <table className="table" data-testid="order-items">
        <thead>
          <tr>
            <th scope="col">{t('orders.items.product')}</th>
            <th scope="col">{t('orders.items.service')}</th>
            <th scope="col">{t('orders.items.status')}</th>
            <th scope="col">{t('orders.items.endCustomer')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('orders.items.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.flatMap((line) =>
            line.items.map((item) => (
              <tr
                key={item.id}
                data-testid="order-item"
                data-item-id={item.id}
                data-kind={item.kind}
                data-subscription-number={item.subscriptionNumber ?? ''}
                data-subscription-status={item.subscriptionStatus ?? ''}
                data-association-state={item.association?.state ?? ''}
              >
                <td>{line.description}</td>
                <td>
                  {item.kind === 'SUBSCRIPTION' ? (
                    item.subscriptionId && stillOurs(item) ? (
                      <Link to={`/subscriptions/${item.subscriptionId}`} data-testid="order-item-number">
                        {item.subscriptionNumber}
                      </Link>
                    ) : (
                      <span data-testid="order-item-number">{item.subscriptionNumber}</span>
                    )
                  ) : (
                    item.licenseKey && (
                      <>
                        <code className="license-key" data-testid="license-key">
                          {item.licenseKey}
                        </code>{' '}
                        <CopyButton
                          text={item.licenseKey}
                          label={t('shop.copy.licenseKeyLabel', { key: item.licenseKey })}
                          testId="copy-license-key"
                        />
                      </>
                    )
                  )}
                </td>
                <td>
                  {item.subscriptionStatus ? (
                    <SubscriptionStatusBadge status={item.subscriptionStatus} />
                  ) : (
                    <span className="muted">{t('orders.items.licenseKeyDelivered')}</span>
                  )}
                </td>
                <td>
                  {item.association ? (
                    <>
                      <span data-testid="association-email">{item.association.email}</span>{' '}
                      <AssociationBadge association={item.association} />
                      <div className="muted field-hint">
                        {item.association.state === 'CLAIMED' && item.association.claimedAt
                          ? t('orders.association.claimedAt', { date: formatInstantDate(item.association.claimedAt, i18n.language) })
                          : t('orders.association.associatedAt', { date: formatInstantDate(item.association.associatedAt, i18n.language) })}
                      </div>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="table__actions">
                  <div className="button-row seat-actions">
                    {item.actions.associate && (
                      <button type="button" className="button" onClick={() => onAssociate(item, line)} data-testid="associate">
                        {item.association ? t('orders.association.change') : t('orders.association.associate')}
                      </button>
                    )}
                    {item.actions.withdrawAssociation && (
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => onWithdraw(item, line)}
                        data-testid="withdraw-association"
                      >
                        {t('orders.association.withdraw')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
