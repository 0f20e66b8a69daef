import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { saveBlob } from '@/lib/download';
import { formatInstant } from '@/lib/format';
import { associateItem } from '../api/associate-item';
import { useOrder } from '../api/get-order';
import { getOrderCreditNotePdf } from '../api/get-order-credit-note-pdf';
import { getOrderInvoicePdf } from '../api/get-order-invoice-pdf';
import type { Order, OrderItem, OrderLine } from '../api/types';
import { cancelOrder } from '../api/cancel-order';
import { withdrawAssociation } from '../api/withdraw-association';
import { AssociateDialog } from '../components/AssociateDialog';
import { BuyersOnly } from '../components/BuyersOnly';
import { DeliveredItemsTable } from '../components/DeliveredItemsTable';
import { OrderLinesTable } from '../components/OrderLinesTable';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { maskedPayment } from '../utils/payment';
import { isForbidden, isProblem } from '../utils/problems';

/** The order with one item replaced by the server's answer for it. */
function withItem(order: Order, item: OrderItem): Order {
  return {
    ...order,
    lines: order.lines.map((l) => ({ ...l, items: l.items.map((i) => (i.id === item.id ? item : i)) })),
  };
}

/** A file name from an invoice number, without characters file systems refuse. */
function pdfFileName(invoiceNumber: string): string {
  return `${invoiceNumber.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}

interface Target {
  item: OrderItem;
  line: OrderLine;
}

function serviceName({ item, line }: Target): string {
  return item.subscriptionNumber ? `${item.subscriptionNumber} (${line.description})` : line.description;
}

/**
 * `/orders/:id`: the order (status, payment, billing, invoice PDF), its lines priced as invoiced, and every service it
 * delivered with its state now; a subscription pending activation can be handed to an end customer by email.
 */
export function OrderRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const order = useOrder(id);
  const o = order.data;
  const [associating, setAssociating] = useState<Target | null>(null);
  const [withdrawing, setWithdrawing] = useState<Target | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);

  const setOrder = order.setData;
  const applied = useCallback((item: OrderItem) => setOrder((current) => current && withItem(current, item)), [setOrder]);
  const closeAssociate = useCallback(() => setAssociating(null), []);

  async function associate(target: Target, email: string) {
    let item: OrderItem;
    try {
      item = await associateItem(target.item.id, email);
    } catch (e) {
      // claimed or activated meanwhile: the dialog says so, and the table shows the item as it is now
      if (isProblem(e, 'not-associable')) order.reload();
      throw e;
    }
    applied(item);
    setAssociating(null);
    setProblem(null);
    setSuccess(t('orders.association.sent', { email: item.association?.email ?? email, service: serviceName(target) }));
  }

  async function withdraw(target: Target) {
    setBusy(true);
    setProblem(null);
    setSuccess(null);
    try {
      applied(await withdrawAssociation(target.item.id));
      setSuccess(t('orders.association.withdrawn', { service: serviceName(target) }));
    } catch (e) {
      setProblem(e);
      order.reload(); // claimed or activated meanwhile: show the item as it is now
    } finally {
      setBusy(false);
      setWithdrawing(null);
    }
  }

  async function cancel(current: Order) {
    setBusy(true);
    setProblem(null);
    setSuccess(null);
    try {
      const cancelled = await cancelOrder(current.id);
      setOrder(() => cancelled);
      setSuccess(t('orders.cancel.done', { number: current.number }));
    } catch (e) {
      setProblem(e);
      order.reload(); // a service was activated or handed over meanwhile: show the order as it is now
    } finally {
      setBusy(false);
      setCancelling(false);
    }
  }

  async function download(current: Order, creditNote: boolean) {
    const number = creditNote ? current.creditNoteNumber : current.invoiceNumber;
    if (!number) return;
    setDownloading(true);
    setProblem(null);
    try {
      const pdf = creditNote ? await getOrderCreditNotePdf(current.id) : await getOrderInvoicePdf(current.id);
      saveBlob(pdf, pdfFileName(number));
    } catch (e) {
      setProblem(e);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <section className="page" data-testid="order-page">
      <p>
        <Link to="/orders" data-testid="order-back">
          {t('orders.backToList')}
        </Link>
      </p>
      {isForbidden(order.error) ? <BuyersOnly /> : <ProblemAlert error={order.error} />}
      {order.loading && !o && <Loading />}
      {o && (
        <>
          <div className="page__header">
            <h1>
              {t('orders.details.heading')} <span data-testid="order-number">{o.number}</span>
            </h1>
            <OrderStatusBadge status={o.status} />
            {o.actions.cancel && (
              <button type="button" className="button button--secondary" data-testid="order-cancel" disabled={busy}
                onClick={() => setCancelling(true)}>
                {t('orders.cancel.button')}
              </button>
            )}
          </div>
          <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
          {success && (
            <p className="success" role="status" data-testid="order-success-message">
              {success}
            </p>
          )}
          <div className="card order-details">
            <dl className="details">
              <dt>{t('orders.details.placedAt')}</dt>
              <dd>{formatInstant(o.placedAt, i18n.language)}</dd>
              <dt>{t('orders.details.placedBy')}</dt>
              <dd>{o.placedBy}</dd>
              <dt>{t('orders.details.payment')}</dt>
              <dd data-testid="order-payment" data-method={o.payment.method} data-paid={o.payment.paid}>
                {t(`orders.paymentMethod.${o.payment.method}`)}
                {maskedPayment(o.payment) ? ` — ${maskedPayment(o.payment)}` : ''}
                {' · '}
                {o.payment.paid
                  ? t('orders.details.paidAt', { date: formatInstant(o.paidAt, i18n.language) })
                  : t('orders.details.unpaid')}
              </dd>
              {o.payment.poNumber && (
                <>
                  <dt>{t('orders.details.poNumber')}</dt>
                  <dd>{o.payment.poNumber}</dd>
                </>
              )}
              <dt>{t('orders.details.billing')}</dt>
              <dd data-testid="order-billing">
                {o.billing.name}
                <br />
                {o.billing.street}
                <br />
                {o.billing.postalCode} {o.billing.city} ({o.billing.country})
                {o.billing.taxId && (
                  <>
                    <br />
                    {t('shop.checkout.taxId')}: {o.billing.taxId}
                  </>
                )}
              </dd>
              <dt>{t('orders.details.invoice')}</dt>
              <dd>
                <span data-testid="order-invoice-number">{o.invoiceNumber}</span>{' '}
                <button
                  type="button"
                  className="button"
                  disabled={downloading}
                  onClick={() => void download(o, false)}
                  data-testid="order-invoice-download"
                >
                  {downloading ? t('orders.details.downloading') : t('orders.details.downloadInvoice')}
                </button>
              </dd>
              {o.creditNoteNumber && (
                <>
                  <dt>{t('orders.details.creditNote')}</dt>
                  <dd>
                    <span data-testid="order-credit-note-number">{o.creditNoteNumber}</span>{' '}
                    <span className="muted">{t('orders.details.creditNoteHint', { invoice: o.invoiceNumber })}</span>{' '}
                    <button
                      type="button"
                      className="button"
                      disabled={downloading}
                      onClick={() => void download(o, true)}
                      data-testid="order-credit-note-download"
                    >
                      {downloading ? t('orders.details.downloading') : t('orders.details.downloadInvoice')}
                    </button>
                  </dd>
                </>
              )}
            </dl>
          </div>
          <section className="card" aria-labelledby="order-lines-heading">
            <h2 id="order-lines-heading">{t('orders.lines.heading')}</h2>
            <OrderLinesTable order={o} />
          </section>
          <section className="card" aria-labelledby="order-items-heading">
            <h2 id="order-items-heading">{t('orders.items.heading')}</h2>
            <p className="muted">{t('orders.items.intro')}</p>
            <DeliveredItemsTable
              order={o}
              onAssociate={(item, line) => {
                setSuccess(null);
                setAssociating({ item, line });
              }}
              onWithdraw={(item, line) => setWithdrawing({ item, line })}
            />
          </section>
        </>
      )}
      {associating && (
        <AssociateDialog
          service={serviceName(associating)}
          currentEmail={associating.item.association?.email ?? null}
          onAssociate={(email) => associate(associating, email)}
          onClose={closeAssociate}
        />
      )}
      {cancelling && o && (
        <ConfirmDialog
          title={t('orders.cancel.title', { number: o.number })}
          text={t('orders.cancel.text')}
          confirmLabel={t('orders.cancel.confirm')}
          confirmTestId="order-cancel-confirm"
          busy={busy}
          onConfirm={() => void cancel(o)}
          onCancel={() => setCancelling(false)}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t('orders.association.withdrawTitle')}
          text={t('orders.association.withdrawText', {
            service: serviceName(withdrawing),
            email: withdrawing.item.association?.email ?? '',
          })}
          confirmLabel={t('orders.association.withdraw')}
          confirmTestId="withdraw-confirm"
          busy={busy}
          onConfirm={() => void withdraw(withdrawing)}
          onCancel={() => setWithdrawing(null)}
        />
      )}
    </section>
  );
}
