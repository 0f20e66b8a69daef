import { useId, type HTMLAttributes } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The messages for this field (the server's or the form's own), shown under it. */
  errors: string[];
  testId: string;
  maxLength?: number;
  autoComplete?: string;
  required?: boolean;
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  narrow?: boolean;
}

/** A labelled input (or textarea) with its field errors underneath, linked by aria-describedby. */
export function TextField({
  label,
  value,
  onChange,
  errors,
  testId,
  maxLength,
  autoComplete = 'off',
  required = false,
  multiline,
  inputMode,
  placeholder,
  narrow,
}: TextFieldProps) {
  const id = useId();
  const shared = {
    id,
    value,
    maxLength,
    required,
    placeholder,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': errors.length > 0 ? `${id}-error` : undefined,
    'data-testid': testId,
  };
  return (
    <div className={narrow ? 'form-field form-field--narrow' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...shared}
          autoComplete={autoComplete}
          spellCheck={false}
          inputMode={inputMode}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
