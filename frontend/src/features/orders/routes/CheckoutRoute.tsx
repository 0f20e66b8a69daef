import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { useCurrentCompany } from '@/lib/current-company';
import { useBillingCompany } from '../api/get-billing-company';
import { useCart } from '../api/get-cart';
import { placeOrder } from '../api/place-order';
import type { Cart, PaymentChoice } from '../api/types';
import { Amount } from '../components/Amount';
import { BillingSection } from '../components/BillingSection';
import { BuyersOnly } from '../components/BuyersOnly';
import { CartTotals } from '../components/CartTotals';
import { PaymentSection } from '../components/PaymentSection';
import {
  BILLING_FIELDS,
  billingFrom,
  EMPTY_PAYMENT,
  PAYMENT_FIELDS,
  toCheckout,
  type BillingDraft,
  type PaymentDraft,
} from '../utils/checkout';
import { isForbidden, isProblem } from '../utils/problems';

/** Problems after which the cart shown is no longer the cart on the server. */
const CART_PROBLEMS = ['cart-changed', 'cart-empty', 'not-for-sale', 'insufficient-credit'];

function CartSummary({ cart }: { cart: Cart }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="checkout-summary-heading" data-testid="checkout-summary">
      <div className="page__header">
        <h2 id="checkout-summary-heading">{t('shop.checkout.summary')}</h2>
        <Link to="/cart" data-testid="checkout-edit-cart">
          {t('shop.checkout.editCart')}
        </Link>
      </div>
      <ul className="summary-lines">
        {cart.lines.map((line) => (
          <li key={line.id} data-testid="checkout-line" data-product={line.productCode ?? ''}>
            <span>
              {line.quantity} × {line.description}
            </span>
            <Amount money={line.net} />
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} />
    </section>
  );
}

/**
 * `/checkout`: the cart's summary, the billing data (prefilled from the company, to be confirmed), and how to pay.
 * Placing the order sends the total the buyer saw and an Idempotency-Key: the same key as long as the submission is
 * the same (a retry after a network error or a 5xx cannot order twice), a new one once anything in it changed.
 */
export function CheckoutRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const cart = useCart(companyId);
  const company = useBillingCompany(companyId);
  const [billing, setBilling] = useState<{ companyId: string; draft: BillingDraft } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [chosenMethod, setChosenMethod] = useState<PaymentChoice | null>(null);
  const [details, setDetails] = useState<PaymentDraft>(EMPTY_PAYMENT);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [cartChanged, setCartChanged] = useState(false);
  /** The last submission and its key: a retry of exactly this body reuses the key. */
  const attempt = useRef<{ body: string; key: string } | null>(null);

  // prefill once per company; after that the buyer's edits stay
  if (company.data && billing?.companyId !== company.data.id) {
    setBilling({ companyId: company.data.id, draft: billingFrom(company.data) });
  }

  const c = cart.data;
  const credit = c?.credit ?? null;
  const method: PaymentChoice =
    chosenMethod && (chosenMethod !== 'CREDIT' || credit) ? chosenMethod : credit ? 'CREDIT' : 'CARD';
  const fieldErrors = (field: string) =>
    problem instanceof ApiProblem && problem.status === 422 ? problem.fieldMessages(field) : [];
  const confirmErrors = confirmMissing ? [t('shop.checkout.confirmRequired')] : fieldErrors('billingDataConfirmed');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!companyId || !c || !billing || busy) return;
    if (!confirmed) {
      setConfirmMissing(true);
      setProblem(null);
      return;
    }
    const checkout = toCheckout(companyId, billing.draft, confirmed, method, details, c.total ?? undefined);
    const body = JSON.stringify(checkout);
    const current = attempt.current?.body === body ? attempt.current : { body, key: newIdempotencyKey() };
    attempt.current = current;
    setBusy(true);
    setProblem(null);
    setCartChanged(false);
    try {
      const order = await placeOrder(checkout, current.key);
      navigate(`/orders/${order.id}/success`, { replace: true });
      return;
    } catch (e) {
      setProblem(e);
      if (CART_PROBLEMS.some((slug) => isProblem(e, slug))) cart.reload();
      if (isProblem(e, 'cart-changed')) setCartChanged(true);
    }
    setBusy(false);
  }

  if (!companyId) return null;
  if (isForbidden(cart.error) || isForbidden(company.error)) {
    return (
      <section className="page" data-testid="checkout-page">
        <h1>{t('shop.checkout.title')}</h1>
        <BuyersOnly />
      </section>
    );
  }

  const inlineFields = [...BILLING_FIELDS, 'billingDataConfirmed', ...PAYMENT_FIELDS[method]];
  return (
    <section className="page" data-testid="checkout-page">
      <h1>{t('shop.checkout.title')}</h1>
      {credit && (
        <p className="card credit-banner" data-testid="checkout-balance">
          {t('shop.checkout.availableBalance')} <Amount money={credit.balance} testId="checkout-balance-amount" />
        </p>
      )}
      <ProblemAlert error={cart.error} />
      <ProblemAlert error={company.error} />
      {cart.loading && !c && <Loading />}
      {c && c.lines.length === 0 && (
        <div data-testid="checkout-empty">
          <ProblemAlert error={problem} />
          <EmptyState title={t('shop.cart.empty')} text={t('shop.cart.emptyHint')} />
          <p className="empty-state__action">
            <Link to="/catalog" className="button">
              {t('shop.cart.toCatalog')}
            </Link>
          </p>
        </div>
      )}
      {c && c.lines.length > 0 && (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="checkout-form">
          <CartSummary cart={c} />
          {billing ? (
            <BillingSection
              billing={billing.draft}
              country={company.data?.country ?? ''}
              confirmed={confirmed}
              confirmErrors={confirmErrors}
              errorsOf={fieldErrors}
              onChange={(patch) => setBilling((b) => b && { ...b, draft: { ...b.draft, ...patch } })}
              onConfirm={(value) => {
                setConfirmed(value);
                if (value) setConfirmMissing(false);
              }}
            />
          ) : (
            company.loading && <Loading />
          )}
          <PaymentSection
            method={method}
            credit={credit}
            details={details}
            errorsOf={fieldErrors}
            onMethod={setChosenMethod}
            onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
          />
          <ProblemAlert error={problem} inlineFields={inlineFields} />
          {cartChanged && (
            <p className="card notice" role="status" data-testid="checkout-cart-changed">
              {t('shop.checkout.cartChanged')}
            </p>
          )}
          {!c.checkoutPossible && (
            <p className="card notice" data-testid="checkout-not-possible">
              {t('shop.cart.removeUnavailable')} <Link to="/cart">{t('shop.checkout.editCart')}</Link>
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || !billing || !c.checkoutPossible}
              data-testid="place-order"
            >
              {busy ? t('shop.checkout.placing') : t('shop.checkout.placeOrder')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
