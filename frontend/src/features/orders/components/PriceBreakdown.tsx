import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '@/lib/format';
import type { Price } from '../api/types';
import { Amount } from './Amount';

/**
 * One unit's price as the company pays it: list price, the reseller discount (only when there is one), net, the VAT
 * of the company's country, and gross. Every amount comes from the server; nothing is computed here.
 */
export function PriceBreakdown({ price }: { price: Price }) {
  const { t, i18n } = useTranslation();
  const discounted = price.discountBasisPoints > 0;
  return (
    <dl className="details price-breakdown" data-testid="price-breakdown">
      <dt>{t('shop.price.list')}</dt>
      <dd>
        <Amount money={price.listPrice} testId="price-list" struck={discounted} />
      </dd>
      {discounted && (
        <>
          <dt>
            {t('shop.price.discount')}{' '}
            <span className="badge badge--discount" data-testid="price-discount-rate" data-basis-points={price.discountBasisPoints}>
              −{formatBasisPoints(price.discountBasisPoints, i18n.language)}
            </span>
          </dt>
          <dd>
            − <Amount money={price.discount} testId="price-discount" />
          </dd>
        </>
      )}
      <dt>{t('shop.price.net')}</dt>
      <dd>
        <Amount money={price.netPrice} testId="price-net" />
      </dd>
      <dt data-testid="price-tax-rate" data-basis-points={price.taxRateBasisPoints}>
        {t('shop.price.tax', { rate: formatBasisPoints(price.taxRateBasisPoints, i18n.language) })}
      </dt>
      <dd>
        <Amount money={price.tax} testId="price-tax" />
      </dd>
      <dt className="price-breakdown__gross">{t('shop.price.gross')}</dt>
      <dd className="price-breakdown__gross">
        <Amount money={price.grossPrice} testId="price-gross" />
      </dd>
    </dl>
  );
}
