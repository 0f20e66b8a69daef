import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useCart } from '../api/get-cart';
import { removeCartLine } from '../api/remove-cart-line';
import type { Cart, CartLine } from '../api/types';
import { updateCartLine } from '../api/update-cart-line';
import { BuyersOnly } from '../components/BuyersOnly';
import { CartTable } from '../components/CartTable';
import { CartTotals } from '../components/CartTotals';
import { CreditSummary } from '../components/CreditSummary';
import { isForbidden } from '../utils/problems';

/**
 * `/cart`: the lines with quantity and removal, totals, and the prepaid balance before and after. Every change answers
 * the whole cart priced again, which replaces what is shown. Checkout waits until no line is unavailable.
 */
export function CartRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const cart = useCart(companyId);
  const [busyLineId, setBusyLineId] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const setCart = cart.setData;
  async function change(line: CartLine, call: () => Promise<Cart>) {
    setBusyLineId(line.id);
    setProblem(null);
    try {
      const updated = await call();
      setCart(() => updated);
    } catch (e) {
      setProblem(e);
      cart.reload(); // the line may be gone or changed meanwhile: show the cart as it is now
    } finally {
      setBusyLineId(null);
    }
  }

  if (!companyId) return null;
  if (isForbidden(cart.error)) {
    return (
      <section className="page" data-testid="cart-page">
        <h1>{t('shop.cart.title')}</h1>
        <BuyersOnly />
      </section>
    );
  }
  const c = cart.data;
  const unavailable = c?.lines.some((l) => !l.available) ?? false;
  return (
    <section className="page" data-testid="cart-page">
      <h1>{t('shop.cart.title')}</h1>
      <ProblemAlert error={cart.error} />
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      {cart.loading && !c && <Loading />}
      {c && c.lines.length === 0 && (
        <div data-testid="cart-empty">
          <EmptyState title={t('shop.cart.empty')} text={t('shop.cart.emptyHint')} />
          <p className="empty-state__action">
            <Link to="/catalog" className="button" data-testid="cart-to-catalog">
              {t('shop.cart.toCatalog')}
            </Link>
          </p>
        </div>
      )}
      {c && c.lines.length > 0 && (
        <>
          <div className="card">
            <CartTable
              lines={c.lines}
              busyLineId={busyLineId}
              onQuantity={(line, quantity) => void change(line, () => updateCartLine(companyId, line.id, quantity))}
              onRemove={(line) => void change(line, () => removeCartLine(companyId, line.id))}
            />
            <CartTotals cart={c} />
          </div>
          {c.credit && (
            <div className="card">
              <CreditSummary credit={c.credit} />
            </div>
          )}
          {unavailable && (
            <p className="card notice" data-testid="cart-remove-unavailable">
              {t('shop.cart.removeUnavailable')}
            </p>
          )}
          <div className="button-row">
            <Link to="/catalog" className="button" data-testid="cart-continue-shopping">
              {t('shop.cart.continueShopping')}
            </Link>
            <button
              type="button"
              className="button button--primary"
              disabled={!c.checkoutPossible || busyLineId !== null}
              onClick={() => navigate('/checkout')}
              data-testid="proceed-to-checkout"
            >
              {t('shop.cart.checkout')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
