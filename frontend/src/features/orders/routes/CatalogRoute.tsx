import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useProducts } from '../api/list-products';
import { ProductCard } from '../components/ProductCard';
import { useUiLanguage } from '../utils/language';

/** `/catalog`: the products on offer, priced for the current company, texts in the UI language. */
export function CatalogRoute() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const products = useProducts(companyId, language);

  if (!companyId) return null;
  const empty = !products.loading && !products.error && products.items.length === 0;
  return (
    <section className="page" data-testid="catalog-page">
      <div className="page__header">
        <h1>{t('shop.catalog.title')}</h1>
        <Link to="/cart" data-testid="catalog-to-cart">
          {t('shop.catalog.toCart')}
        </Link>
      </div>
      <p className="muted">{t('shop.catalog.intro')}</p>
      <ProblemAlert error={products.error} />
      {products.items.length > 0 && (
        <div className="product-grid" data-testid="product-list">
          {products.items.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </div>
      )}
      {products.loading && products.items.length === 0 && <Loading />}
      {empty && <EmptyState title={t('shop.catalog.empty')} testId="catalog-empty" />}
      <LoadMore hasMore={products.hasMore} loading={products.loading} onLoadMore={products.loadMore} testId="catalog-load-more" />
    </section>
  );
}
