import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUANTITY } from '../api/types';
import { parseQuantity } from '../utils/quantity';

interface QuantityEditorProps {
  quantity: number;
  label: string;
  busy: boolean;
  onChange: (quantity: number) => void;
}

/** A line's quantity; "Update" appears once the typed value differs from the saved one. */
export function QuantityEditor({ quantity, label, busy, onChange }: QuantityEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(quantity));
  // the server's answer (or another change) sets a new quantity: show it
  const [shown, setShown] = useState(quantity);
  if (shown !== quantity) {
    setShown(quantity);
    setText(String(quantity));
  }
  const parsed = parseQuantity(text);
  const changed = parsed !== quantity;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed !== null && changed) onChange(parsed);
  }

  return (
    <form className="quantity-editor" onSubmit={submit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUANTITY}
        step={1}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={parsed === null || undefined}
        title={parsed === null ? t('shop.quantityRange', { max: MAX_QUANTITY }) : undefined}
        data-testid="cart-line-quantity"
      />
      {changed && (
        <button type="submit" className="button" disabled={busy || parsed === null} data-testid="cart-line-update">
          {t('shop.cart.update')}
        </button>
      )}
    </form>
  );
}
