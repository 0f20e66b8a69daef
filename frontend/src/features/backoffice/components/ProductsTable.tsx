import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ScrollBox';
import { formatMoney } from '@/lib/format';
import type { ProductAdmin } from '../api/types';

/** "DE €49.00, IT €49.00 …": every price of every variant, so that a missing country stands out. */
function pricesSummary(product: ProductAdmin, language: string): string {
  return product.variants
    .flatMap((v) => v.prices.map((p) => `${v.code} ${p.country} ${formatMoney(p.price, language)}`))
    .join(', ');
}

/** The whole catalog as the back office sees it, each product linked to its form. */
export function ProductsTable({ products }: { products: ProductAdmin[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollBox label={t('backoffice.products.title')}>
      <table className="table" data-testid="backoffice-products">
        <thead>
          <tr>
            <th scope="col">{t('backoffice.products.code')}</th>
            <th scope="col">{t('backoffice.products.name')}</th>
            <th scope="col">{t('backoffice.products.type')}</th>
            <th scope="col">{t('backoffice.products.term')}</th>
            <th scope="col">{t('backoffice.products.licenses')}</th>
            <th scope="col">{t('backoffice.products.active')}</th>
            <th scope="col">{t('backoffice.products.variants')}</th>
            <th scope="col">{t('backoffice.products.prices')}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} data-testid="backoffice-product-row" data-code={product.code}>
              <td>
                <Link to={`/backoffice/products/${product.id}`} data-testid="backoffice-product-edit">
                  {product.code}
                </Link>
              </td>
              <td>{product.names.en ?? ''}</td>
              <td>{t(`backoffice.productTypes.${product.type}`)}</td>
              <td>{product.termMonths == null ? '—' : t('backoffice.products.months', { months: product.termMonths })}</td>
              <td>{product.defaultLicenseQuantity}</td>
              <td>{product.active ? t('common.yes') : t('common.no')}</td>
              <td data-testid="backoffice-product-variants">{product.variants.length}</td>
              <td className="muted">{pricesSummary(product, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
