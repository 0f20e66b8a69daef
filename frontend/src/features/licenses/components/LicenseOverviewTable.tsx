import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { LicenseHolder, LicenseOverviewRow } from '../api/types';

function Holder({ holder }: { holder: LicenseHolder }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <li data-testid="overview-holder" data-email={holder.email}>
      {holder.name ? `${holder.name} (${holder.email})` : holder.email}
      {!holder.today && (
        <span className="muted"> · {t('licenseOverview.startsOn', { date: formatDate(holder.validFrom, lng) })}</span>
      )}
      {holder.today && holder.validUntil && (
        <span className="muted"> · {t('licenseOverview.until', { date: formatDate(holder.validUntil, lng) })}</span>
      )}
    </li>
  );
}

/** Every subscription of the company with its period, seats and numbers; on a phone each row is a card. */
export function LicenseOverviewTable({ rows }: { rows: LicenseOverviewRow[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const label = {
    subscription: t('licenseOverview.subscription'),
    status: t('licenseOverview.status'),
    period: t('licenseOverview.period'),
    seats: t('licenseOverview.seats'),
    holders: t('licenseOverview.holders'),
    invoices: t('licenseOverview.invoices'),
    order: t('licenseOverview.order'),
  };
  return (
    <table className="table table--cards" data-testid="license-overview-table">
      <caption className="visually-hidden">{t('licenseOverview.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('licenseOverview.product')}</th>
          <th scope="col">{label.subscription}</th>
          <th scope="col">{label.status}</th>
          <th scope="col">{label.period}</th>
          <th scope="col">{label.seats}</th>
          <th scope="col">{label.holders}</th>
          <th scope="col">{label.invoices}</th>
          <th scope="col">{label.order}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.subscriptionId}
            data-testid="overview-row"
            data-number={r.subscriptionNumber}
            data-product={r.productCode}
            data-status={r.status}
            data-subscription-id={r.subscriptionId}
          >
            <th scope="row">{r.productName}</th>
            <td data-label={label.subscription}>
              <Link to={`/subscriptions/${r.subscriptionId}`}>{r.subscriptionNumber}</Link>
            </td>
            <td data-label={label.status}>
              <span className={`badge badge--${r.status.toLowerCase().replace(/_/g, '-')}`} data-status={r.status}>
                {t(`subscriptions.status.${r.status}`)}
              </span>
            </td>
            <td data-label={label.period} data-testid="overview-period">
              {r.termStart && r.termEnd
                ? t('licenses.range', { from: formatDate(r.termStart, lng), until: formatDate(r.termEnd, lng) })
                : t('licenseOverview.notActivated')}
              {r.nextRenewalDate && (
                <div className="muted">{t('licenseOverview.renews', { date: formatDate(r.nextRenewalDate, lng) })}</div>
              )}
            </td>
            <td data-label={label.seats} data-testid="overview-seats" data-used={r.seatsUsedToday} data-free={r.seatsFreeToday} data-quantity={r.quantity}>
              {t('licenseOverview.seatsValue', { used: r.seatsUsedToday, free: r.seatsFreeToday, quantity: r.quantity })}
            </td>
            <td data-label={label.holders}>
              {r.holders.length > 0 && (
                <div>
                  <ul className="plain-list">
                    {r.holders.map((h) => (
                      <Holder key={`${h.email}:${h.validFrom}`} holder={h} />
                    ))}
                  </ul>
                </div>
              )}
            </td>
            <td data-label={label.invoices} data-testid="overview-invoices">
              {r.invoiceNumbers.join(', ')}
            </td>
            <td data-label={label.order}>{r.orderNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
