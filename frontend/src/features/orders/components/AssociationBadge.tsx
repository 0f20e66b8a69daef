import { useTranslation } from 'react-i18next';
import type { Association } from '../api/types';

/** Whether the end customer has taken the service over yet; `data-state` carries PENDING or CLAIMED. */
export function AssociationBadge({ association }: { association: Association }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge--association-${association.state.toLowerCase()}`}
      data-testid="association-state"
      data-state={association.state}
    >
      {t(`orders.association.state.${association.state}`)}
    </span>
  );
}
