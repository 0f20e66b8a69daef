import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCatalogProducts } from '../api/list-catalog-products';
import { ProductsTable } from '../components/ProductsTable';

/** `/backoffice/products`: every product of the catalog, and the way to add one. */
export function ProductsRoute() {
  const { t } = useTranslation();
  const products = useCatalogProducts();
  return (
    <section data-testid="backoffice-products-page">
      <div className="page__header">
        <h2>{t('backoffice.products.title')}</h2>
        <Link to="/backoffice/products/new" className="button button--primary" data-testid="backoffice-product-new">
          {t('backoffice.products.new')}
        </Link>
      </div>
      <ProblemAlert error={products.error} />
      {products.loading && !products.data && <Loading />}
      {products.data && products.data.length === 0 && <EmptyState title={t('backoffice.products.empty')} testId="backoffice-products-empty" />}
      {products.data && products.data.length > 0 && <ProductsTable products={products.data} />}
    </section>
  );
}
