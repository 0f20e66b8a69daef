import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCreditAccount } from '../api/get-credit-account';
import { useOrder } from '../api/get-order';
import { Amount } from '../components/Amount';
import { maskedPayment } from '../utils/payment';

/**
 * `/orders/:id/success`: the purchase went through. The order number, what was paid and how, and, when paid by
 * prepaid credit, the balance now (read again from the server, not computed here).
 */
export function OrderSuccessRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const order = useOrder(id);
  const o = order.data;
  const credit = useCreditAccount(o?.payment.method === 'CREDIT' ? o.companyId : null);
  const pending = o?.lines.flatMap((l) => l.items).filter((i) => i.subscriptionStatus === 'PENDING_ACTIVATION').length ?? 0;

  return (
    <section className="page" data-testid="order-success-page">
      <ProblemAlert error={order.error} />
      {order.loading && !o && <Loading />}
      {o && (
        <div className="card success-card">
          <h1 className="success">{t('shop.success.title')}</h1>
          <p>{t('shop.success.text')}</p>
          <dl className="details">
            <dt>{t('orders.details.number')}</dt>
            <dd data-testid="success-order-number">{o.number}</dd>
            <dt>{t('orders.details.total')}</dt>
            <dd>
              <Amount money={o.total} testId="success-total" />
            </dd>
            <dt>{t('orders.details.payment')}</dt>
            <dd data-testid="success-payment" data-method={o.payment.method}>
              {t(`orders.paymentMethod.${o.payment.method}`)}
              {maskedPayment(o.payment) ? ` — ${maskedPayment(o.payment)}` : ''}
            </dd>
            {credit.data && (
              <>
                <dt>{t('shop.success.newBalance')}</dt>
                <dd>
                  <Amount money={credit.data.balance} testId="success-balance" />
                </dd>
              </>
            )}
          </dl>
          <ProblemAlert error={credit.error} />
          {pending > 0 && (
            <p className="muted" data-testid="success-pending-hint">
              {t('shop.success.pendingHint')}
            </p>
          )}
          <div className="button-row">
            <Link to={`/orders/${o.id}`} className="button button--primary" data-testid="success-view-order">
              {t('shop.success.viewOrder')}
            </Link>
            <Link to="/orders" className="button" data-testid="success-to-orders">
              {t('shop.success.toCustomerArea')}
            </Link>
          </div>
        </div>
      )}
    </section>
  );
}
