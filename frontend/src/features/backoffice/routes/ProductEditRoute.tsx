import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { createCatalogProduct } from '../api/create-catalog-product';
import { useCatalogProduct } from '../api/get-catalog-product';
import type { ProductDefinition } from '../api/types';
import { updateCatalogProduct } from '../api/update-catalog-product';
import { ProductForm } from '../components/ProductForm';
import { draftOf, emptyDraft } from '../utils/product-draft';

/** `/backoffice/products/new` and `/backoffice/products/:id`: add a product, or change one with If-Match. */
export function ProductEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const isNew = id === undefined || id === 'new';
  const product = useCatalogProduct(isNew ? null : id);
  const [saved, setSaved] = useState(false);
  // a new form (from the product as read) after each save or reload
  const [generation, setGeneration] = useState(0);

  async function create(definition: ProductDefinition) {
    const created = await createCatalogProduct(definition);
    navigate(`/backoffice/products/${created.id}`, { state: { created: true } });
  }

  async function update(definition: ProductDefinition) {
    const updated = await updateCatalogProduct(id!, definition, product.data?.etag ?? null);
    product.setData(() => updated);
    setGeneration((n) => n + 1);
    setSaved(true);
  }

  function reload() {
    setSaved(false);
    product.reload();
  }

  const title = isNew ? t('backoffice.products.new') : t('backoffice.form.editTitle', { code: product.data?.product.code ?? '' });
  return (
    <section data-testid="backoffice-product-page">
      <div className="page__header">
        <h2>{title}</h2>
        <Link to="/backoffice/products" className="button button--link" data-testid="backoffice-product-back">
          {t('backoffice.form.back')}
        </Link>
      </div>
      {(saved || created) && (
        <p className="success" role="status" data-testid="product-saved">
          {saved ? t('backoffice.form.saved') : t('backoffice.form.created')}
        </p>
      )}
      {isNew ? (
        <ProductForm initial={emptyDraft()} onSubmit={create} />
      ) : (
        <>
          <ProblemAlert error={product.error} />
          {product.loading && <Loading />}
          {product.data && !product.loading && (
            <ProductForm
              key={`${generation}:${product.data.etag ?? ''}`}
              initial={draftOf(product.data.product)}
              onSubmit={(definition) => update(definition)}
              onReload={reload}
            />
          )}
        </>
      )}
    </section>
  );
}
