import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { SeatOverview } from '../api/types';

/** Today's usage: licenses bought, used and free today, and the next day a seat is free. */
export function SeatUsageSummary({ overview: o }: { overview: SeatOverview }) {
  const { t, i18n } = useTranslation();
  const next = o.nextFreeDate ?? null;
  return (
    <dl className="seat-usage" data-testid="seat-usage">
      <div className="seat-usage__item">
        <dt>{t('seats.usage.quantity')}</dt>
        <dd data-testid="seat-usage-quantity">{o.quantity}</dd>
      </div>
      <div className="seat-usage__item">
        <dt>{t('seats.usage.used')}</dt>
        <dd data-testid="seat-usage-used">{o.usedToday}</dd>
      </div>
      <div className={`seat-usage__item${o.freeToday === 0 ? ' seat-usage__item--full' : ''}`}>
        <dt>{t('seats.usage.free')}</dt>
        <dd data-testid="seat-usage-free">{o.freeToday}</dd>
      </div>
      <div className="seat-usage__item">
        <dt>{t('seats.usage.nextFree')}</dt>
        <dd data-testid="seat-usage-next-free" data-date={next ?? ''}>
          {next === null
            ? t('seats.usage.nextFreeNever')
            : next === o.today
              ? t('seats.usage.nextFreeToday')
              : formatDate(next, i18n.language)}
        </dd>
      </div>
    </dl>
  );
}
