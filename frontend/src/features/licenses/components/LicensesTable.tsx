import { useTranslation } from 'react-i18next';
import { ScrollBox } from '@/components/ScrollBox';
import { formatDate } from '@/lib/format';
import type { License } from '../api/types';

export function LicensesTable({ licenses }: { licenses: License[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <ScrollBox label={t('licenses.title')}>
      <table className="table" data-testid="licenses-table">
        <thead>
          <tr>
            <th scope="col">{t('licenses.product')}</th>
            <th scope="col">{t('licenses.subscription')}</th>
            <th scope="col">{t('licenses.company')}</th>
            <th scope="col">{t('licenses.period')}</th>
            <th scope="col">{t('licenses.state')}</th>
          </tr>
        </thead>
        <tbody>
          {licenses.map((l) => (
            <tr key={l.seatId} data-testid="license-row" data-product={l.productCode} data-state={l.state}>
              <td>{l.productName}</td>
              <td>{l.subscriptionNumber}</td>
              <td>{l.companyName}</td>
              <td>
                {l.validUntil
                  ? t('licenses.range', { from: formatDate(l.validFrom, lng), until: formatDate(l.validUntil, lng) })
                  : t('licenses.openEnded', { from: formatDate(l.validFrom, lng) })}
              </td>
              <td>
                <span className={`badge badge--${l.state.toLowerCase()}`} data-testid="license-state" data-state={l.state}>
                  {t(`seatStates.${l.state}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
