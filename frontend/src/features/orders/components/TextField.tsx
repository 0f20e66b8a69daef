import { useId, type HTMLAttributes } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's messages for this field, shown under it. */
  errors: string[];
  testId: string;
  maxLength: number;
  autoComplete: string;
  required?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  narrow?: boolean;
}

/** A labelled text input with its field errors underneath (linked by aria-describedby). */
export function TextField({
  label,
  value,
  onChange,
  errors,
  testId,
  maxLength,
  autoComplete,
  required = true,
  inputMode,
  placeholder,
  narrow,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={narrow ? 'form-field form-field--narrow' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete}
        inputMode={inputMode}
        placeholder={placeholder}
        spellCheck={false}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        data-testid={testId}
      />
      {errors.length > 0 && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
