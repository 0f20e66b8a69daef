import { useTranslation } from 'react-i18next';
import type { SeatState } from '../api/types';

/** The translated seat state; `data-state` carries the raw value for tests and styling. */
export function SeatStateBadge({ state }: { state: SeatState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${state.toLowerCase()}`} data-testid="seat-state" data-state={state}>
      {t(`seatStates.${state}`)}
    </span>
  );
}
