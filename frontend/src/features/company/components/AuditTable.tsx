import { useTranslation } from 'react-i18next';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstant } from '@/lib/format';
import type { AuditEvent } from '../api/types';

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollBox label={t('company.audit.heading')}>
      <table className="table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('company.audit.time')}</th>
            <th scope="col">{t('company.audit.actor')}</th>
            <th scope="col">{t('company.audit.action')}</th>
            <th scope="col">{t('company.audit.resource')}</th>
            <th scope="col">{t('company.audit.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <td>
                <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt, i18n.language)}</time>
              </td>
              <td>{event.actorName ?? t('company.audit.system')}</td>
              <td>
                <code data-testid="audit-action">{event.action}</code>
              </td>
              <td>
                {event.resourceType}
                {event.resourceId && <span className="muted"> {event.resourceId}</span>}
              </td>
              <td>{event.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
