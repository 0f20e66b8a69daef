import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstantDate } from '@/lib/format';
import { useLicenseKeys } from '../api/list-license-keys';
import { isForbidden } from '../utils/problems';
import { CopyButton } from './CopyButton';

/** The one-time licenses the company bought, each with its key to copy and the order it came with. */
export function LicenseKeysSection({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const keys = useLicenseKeys(companyId);
  if (isForbidden(keys.error)) return null;
  const empty = !keys.loading && !keys.error && keys.items.length === 0;
  return (
    <section className="card" aria-labelledby="license-keys-heading" data-testid="license-keys-section">
      <h2 id="license-keys-heading">{t('orders.licenseKeys.heading')}</h2>
      <ProblemAlert error={keys.error} />
      {keys.items.length > 0 && (
        <ScrollBox label={t('orders.licenseKeys.heading')}>
          <table className="table" data-testid="license-keys-table">
            <thead>
              <tr>
                <th scope="col">{t('orders.licenseKeys.key')}</th>
                <th scope="col">{t('orders.licenseKeys.product')}</th>
                <th scope="col">{t('orders.licenseKeys.order')}</th>
                <th scope="col">{t('orders.licenseKeys.purchased')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.items.map((k) => (
                <tr key={k.itemId} data-testid="license-key-row" data-item-id={k.itemId}>
                  <td>
                    <code className="license-key" data-testid="license-key">
                      {k.licenseKey}
                    </code>{' '}
                    <CopyButton
                      text={k.licenseKey}
                      label={t('shop.copy.licenseKeyLabel', { key: k.licenseKey })}
                      testId="copy-license-key"
                    />
                  </td>
                  <td>{k.description}</td>
                  <td>
                    <Link to={`/orders/${k.orderId}`}>{k.orderNumber}</Link>
                  </td>
                  <td>{formatInstantDate(k.purchasedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {keys.loading && keys.items.length === 0 && <Loading />}
      {empty && <EmptyState title={t('orders.licenseKeys.empty')} testId="license-keys-empty" />}
      <LoadMore hasMore={keys.hasMore} loading={keys.loading} onLoadMore={keys.loadMore} testId="license-keys-load-more" />
    </section>
  );
}
