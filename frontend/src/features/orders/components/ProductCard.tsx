import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBasisPoints } from '@/lib/format';
import type { Product } from '../api/types';
import { cheapestVariant } from '../utils/price';
import { Amount } from './Amount';
import { ProductTerms } from './ProductTerms';

/**
 * A product in the catalog: what it is and the lowest net price among its variants ("from"). A reseller discount shows
 * as the list price struck through with the percentage; a product none of whose variants has a price for the
 * company's country says so instead.
 */
export function ProductCard({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const cheapest = cheapestVariant(product);
  const price = cheapest?.price;
  return (
    <article className="card product-card" data-testid={`product-${product.code}`} data-product-id={product.id}>
      <h2 className="product-card__name">
        <Link to={`/catalog/${product.id}`}>{product.name}</Link>
      </h2>
      <p className="product-card__description">{product.description}</p>
      <ProductTerms type={product.type} termMonths={product.termMonths} licensesPerUnit={product.licensesPerUnit} />
      <div className="product-card__price">
        {price ? (
          <>
            <span className="muted">{t('shop.catalog.from')}</span>{' '}
            {price.discountBasisPoints > 0 && (
              <>
                <Amount money={price.listPrice} testId="product-list-price" struck />{' '}
              </>
            )}
            <strong>
              <Amount money={price.netPrice} testId="product-from-price" />
            </strong>{' '}
            <span className="muted">{t('shop.catalog.netPerUnit')}</span>
            {price.discountBasisPoints > 0 && (
              <span
                className="badge badge--discount"
                data-testid="product-discount"
                data-basis-points={price.discountBasisPoints}
                title={t('shop.catalog.resellerDiscount')}
              >
                {t('shop.catalog.discount', { rate: formatBasisPoints(price.discountBasisPoints, i18n.language) })}
              </span>
            )}
          </>
        ) : (
          <span className="muted" data-testid="product-not-available">
            {t('shop.notAvailable')}
          </span>
        )}
      </div>
      <Link to={`/catalog/${product.id}`} className="button" data-testid="product-open">
        {t('shop.catalog.details')}
      </Link>
    </article>
  );
}
