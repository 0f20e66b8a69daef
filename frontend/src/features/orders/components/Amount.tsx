import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { Money } from '../api/types';

interface AmountProps {
  money: Money | null | undefined;
  testId?: string;
  /** Shows the amount struck through (a list price before the discount). */
  struck?: boolean;
}

/**
 * An amount in the UI language. `data-amount` (minor units) and `data-currency` carry the raw value, so that tests
 * compare amounts without parsing a formatted, language-dependent text.
 */
export function Amount({ money, testId, struck }: AmountProps) {
  const { i18n } = useTranslation();
  if (!money) return null;
  const text = formatMoney(money, i18n.language);
  return (
    <span className="amount" data-testid={testId} data-amount={money.amount} data-currency={money.currency}>
      {struck ? <s>{text}</s> : text}
    </span>
  );
}
