import { useTranslation } from 'react-i18next';
import type { TicketState } from '../api/types';

/** The translated ticket state; `data-state` carries the raw value for tests and styling. */
export function TicketStateBadge({ state, testId = 'ticket-state' }: { state: TicketState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--ticket-${state.toLowerCase().replaceAll('_', '-')}`} data-testid={testId} data-state={state}>
      {t(`support.state.${state}`)}
    </span>
  );
}
