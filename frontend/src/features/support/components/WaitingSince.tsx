import { useTranslation } from 'react-i18next';
import { formatInstant, formatRelative } from '@/lib/format';

/** How long something has waited ("3 hours ago"), with the exact time as a tooltip and for screen readers. */
export function WaitingSince({ since }: { since: string }) {
  const { i18n } = useTranslation();
  const exact = formatInstant(since, i18n.language);
  return (
    <time dateTime={since} title={exact} data-testid="waiting-since">
      {formatRelative(since, i18n.language)}
      <span className="muted field-hint waiting-since__exact">{exact}</span>
    </time>
  );
}
