import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { addCartLine } from '../api/add-cart-line';
import { useProduct } from '../api/get-product';
import { MAX_QUANTITY } from '../api/types';
import { Amount } from '../components/Amount';
import { BuyersOnly } from '../components/BuyersOnly';
import { PriceBreakdown } from '../components/PriceBreakdown';
import { ProductTerms } from '../components/ProductTerms';
import { useUiLanguage } from '../utils/language';
import { isForbidden } from '../utils/problems';
import { parseQuantity } from '../utils/quantity';

/**
 * `/catalog/:productId`: choose a variant and a quantity, see one unit's price (list, reseller discount, net, VAT,
 * gross), and add it to the cart or buy it now (add, then open the cart).
 */
export function ProductRoute() {
  const { t } = useTranslation();
  const { productId } = useParams();
  const navigate = useNavigate();
  const language = useUiLanguage();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const product = useProduct(productId, companyId, language);
  const quantityId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [quantityText, setQuantityText] = useState('1');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [added, setAdded] = useState<{ variant: string; quantity: number } | null>(null);

  const p = product.data;
  // the variant chosen, else the first one sold in the company's country
  const variant = p?.variants.find((v) => v.id === chosenId && v.price) ?? p?.variants.find((v) => v.price) ?? null;
  const quantity = parseQuantity(quantityText);

  async function add(thenOpenCart: boolean) {
    if (!companyId || !variant || quantity === null) return;
    setBusy(true);
    setProblem(null);
    setAdded(null);
    try {
      await addCartLine(companyId, variant.id, quantity);
      if (thenOpenCart) {
        navigate('/cart');
        return;
      }
      setAdded({ variant: variant.name, quantity });
    } catch (e) {
      setProblem(e);
    }
    setBusy(false);
  }

  if (!companyId) return null;
  return (
    <section className="page" data-testid="product-page">
      <p>
        <Link to="/catalog" data-testid="product-back">
          {t('shop.product.back')}
        </Link>
      </p>
      <ProblemAlert error={product.error} />
      {product.loading && !p && <Loading />}
      {p && (
        <>
          <h1 data-testid="product-name" data-code={p.code}>
            {p.name}
          </h1>
          <p>{p.description}</p>
          <p>
            <ProductTerms type={p.type} termMonths={p.termMonths} licensesPerUnit={p.licensesPerUnit} />
          </p>
          <div className="product-buy">
            <form className="card" onSubmit={(e) => e.preventDefault()} noValidate>
              <fieldset className="variant-choice">
                <legend>{t('shop.product.variant')}</legend>
                {p.variants.map((v) => (
                  <label key={v.id} className={v.price ? 'variant-choice__option' : 'variant-choice__option muted'}>
                    <input
                      type="radio"
                      name="variant"
                      value={v.id}
                      checked={variant?.id === v.id}
                      disabled={!v.price}
                      onChange={() => {
                        setChosenId(v.id);
                        setAdded(null);
                      }}
                      data-testid={`variant-${v.code}`}
                    />{' '}
                    {v.name}{' '}
                    {v.price ? (
                      <span className="muted">
                        (<Amount money={v.price.netPrice} /> {t('shop.price.netShort')})
                      </span>
                    ) : (
                      <span className="muted" data-testid="variant-not-available">
                        — {t('shop.notAvailable')}
                      </span>
                    )}
                  </label>
                ))}
              </fieldset>
              <div className="form-field quantity-field">
                <label htmlFor={quantityId}>{t('shop.product.quantity')}</label>
                <input
                  id={quantityId}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_QUANTITY}
                  step={1}
                  value={quantityText}
                  onChange={(e) => {
                    setQuantityText(e.target.value);
                    setAdded(null);
                  }}
                  aria-invalid={quantity === null || undefined}
                  aria-describedby={quantity === null ? `${quantityId}-error` : undefined}
                  data-testid="quantity"
                />
                {quantity === null && (
                  <p id={`${quantityId}-error`} className="field-error" data-testid="quantity-error">
                    {t('shop.quantityRange', { max: MAX_QUANTITY })}
                  </p>
                )}
              </div>
              {isForbidden(problem) ? <BuyersOnly /> : <ProblemAlert error={problem} />}
              {added && (
                <p className="success" role="status" data-testid="added-to-cart">
                  {t('shop.product.added', { quantity: added.quantity, variant: added.variant })}{' '}
                  <Link to="/cart">{t('shop.product.openCart')}</Link>
                </p>
              )}
              {!variant && (
                <p className="notice-text" data-testid="product-not-available">
                  {t('shop.notAvailable')}
                </p>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={busy || !variant || quantity === null}
                  onClick={() => void add(false)}
                  data-testid="add-to-cart"
                >
                  {t('shop.product.addToCart')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || !variant || quantity === null}
                  onClick={() => void add(true)}
                  data-testid="buy-now"
                >
                  {p.type === 'SUBSCRIPTION' ? t('shop.product.activateNow') : t('shop.product.buyNow')}
                </button>
              </div>
            </form>
            {variant?.price && (
              <section className="card" aria-labelledby="unit-price-heading">
                <h2 id="unit-price-heading">{t('shop.product.unitPrice', { variant: variant.name })}</h2>
                <PriceBreakdown price={variant.price} />
                <p className="muted field-hint">{t('shop.product.totalsInCart')}</p>
              </section>
            )}
          </div>
        </>
      )}
    </section>
  );
}
