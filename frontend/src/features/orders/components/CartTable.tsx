import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatMoney } from '@/lib/format';
import type { CartLine } from '../api/types';
import { Amount } from './Amount';
import { QuantityEditor } from './QuantityEditor';

interface CartTableProps {
  lines: CartLine[];
  /** The line being changed or removed, whose buttons wait. */
  busyLineId: string | null;
  onQuantity: (line: CartLine, quantity: number) => void;
  onRemove: (line: CartLine) => void;
}

/**
 * The cart's lines: what, how many (editable), the unit price with its discount, and the line's net amount. A line
 * whose price changed since it was added says from what to what; a line no longer sold to the company is flagged.
 */
export function CartTable({ lines, busyLineId, onQuantity, onRemove }: CartTableProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <table className="table table--cards" data-testid="cart-table">
      <thead>
        <tr>
          <th scope="col">{t('shop.cart.item')}</th>
          <th scope="col">{t('shop.cart.quantity')}</th>
          <th scope="col" className="table__number">
            {t('shop.cart.unitPrice')}
          </th>
          <th scope="col" className="table__number">
            {t('shop.cart.lineNet')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('shop.cart.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const price = line.unitPrice;
          return (
            <tr
              key={line.id}
              className={line.available ? undefined : 'cart-line--unavailable'}
              data-testid="cart-line"
              data-line-id={line.id}
              data-product={line.productCode ?? ''}
              data-available={line.available}
              data-price-changed={line.priceChanged}
            >
              <td>
                <div>{line.description}</div>
                {line.licensesPerUnit > 1 && (
                  <div className="muted field-hint">{t('shop.terms.licenses', { licenses: line.licensesPerUnit })}</div>
                )}
                {!line.available && (
                  <p className="field-error" data-testid="cart-line-unavailable">
                    {t('shop.cart.unavailable')}
                  </p>
                )}
                {line.priceChanged && price && (
                  <p className="notice-text" data-testid="cart-line-price-changed">
                    {line.previousUnitPrice
                      ? t('shop.cart.priceChanged', {
                          before: formatMoney(line.previousUnitPrice, lng),
                          now: formatMoney(price.netPrice, lng),
                        })
                      : t('shop.cart.priceChangedNoBefore', { now: formatMoney(price.netPrice, lng) })}
                  </p>
                )}
              </td>
              <td data-label={t('shop.cart.quantity')}>
                <QuantityEditor
                  quantity={line.quantity}
                  label={t('shop.cart.quantityOf', { item: line.description })}
                  busy={busyLineId === line.id}
                  onChange={(quantity) => onQuantity(line, quantity)}
                />
              </td>
              <td className="table__number" data-label={t('shop.cart.unitPrice')}>
                {price && (
                  <>
                    {price.discountBasisPoints > 0 && (
                      <div className="muted">
                        <Amount money={price.listPrice} struck />{' '}
                        <span className="badge badge--discount" data-testid="cart-line-discount">
                          −{formatBasisPoints(price.discountBasisPoints, lng)}
                        </span>
                      </div>
                    )}
                    <Amount money={price.netPrice} testId="cart-line-unit-price" />
                  </>
                )}
              </td>
              <td className="table__number" data-label={t('shop.cart.lineNet')}>
                <Amount money={line.net} testId="cart-line-net" />
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busyLineId === line.id}
                  onClick={() => onRemove(line)}
                  aria-label={t('shop.cart.removeLabel', { item: line.description })}
                  data-testid="cart-line-remove"
                >
                  {t('shop.cart.remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
