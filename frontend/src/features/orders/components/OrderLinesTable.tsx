import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '@/lib/format';
import type { Order } from '../api/types';
import { Amount } from './Amount';

/** What was bought, priced as on the invoice: list price, reseller discount, unit price, VAT, and the line's amounts. */
export function OrderLinesTable({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <table className="table table--cards" data-testid="order-lines">
      <thead>
        <tr>
          <th scope="col">{t('orders.lines.item')}</th>
          <th scope="col" className="table__number">
            {t('orders.lines.quantity')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.listPrice')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.discount')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.unitPrice')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.vat')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.net')}
          </th>
          <th scope="col" className="table__number">
            {t('orders.lines.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((l) => (
          <tr key={l.lineNo} data-testid="order-line" data-line-no={l.lineNo} data-product={l.productCode}>
            <td>
              {l.description}
              <div className="muted field-hint">
                {[
                  l.termMonths ? t('shop.terms.subscription', { months: l.termMonths }) : t('shop.terms.oneTime'),
                  t('shop.terms.licenses', { licenses: l.licensesPerUnit }),
                ].join(' · ')}
              </div>
            </td>
            <td className="table__number" data-label={t('orders.lines.quantity')}>
              {l.quantity}
            </td>
            <td className="table__number" data-label={t('orders.lines.listPrice')}>
              <Amount money={l.listUnitPrice} />
            </td>
            <td className="table__number" data-label={t('orders.lines.discount')} data-testid="order-line-discount" data-basis-points={l.discountBasisPoints}>
              {l.discountBasisPoints > 0 ? `−${formatBasisPoints(l.discountBasisPoints, lng)}` : '—'}
            </td>
            <td className="table__number" data-label={t('orders.lines.unitPrice')}>
              <Amount money={l.unitPrice} />
            </td>
            <td className="table__number" data-label={t('orders.lines.vat')}>
              {formatBasisPoints(l.taxRateBasisPoints, lng)} · <Amount money={l.tax} />
            </td>
            <td className="table__number" data-label={t('orders.lines.net')}>
              <Amount money={l.net} />
            </td>
            <td className="table__number" data-label={t('orders.lines.total')}>
              <Amount money={l.total} testId="order-line-total" />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={6} className="table__number">
            {t('shop.totals.net')} / {t('shop.totals.tax')}
          </th>
          <td className="table__number" data-label={t('shop.totals.net')}>
            <Amount money={order.net} testId="order-net" />
          </td>
          <td className="table__number" data-label={t('shop.totals.tax')}>
            <Amount money={order.tax} testId="order-tax" />
          </td>
        </tr>
        <tr>
          <th scope="row" colSpan={7} className="table__number">
            {t('shop.totals.total')}
          </th>
          <td className="table__number totals__total">
            <Amount money={order.total} testId="order-total" />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
