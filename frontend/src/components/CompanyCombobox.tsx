import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCompanies, type CompanyChoice, type CompanySummary } from '@/lib/company-search';

/** How long typing must pause before the search goes out. */
export const SEARCH_DELAY_MS = 250;

interface CompanyComboboxProps {
  label: string;
  value: CompanyChoice | null;
  /** A company chosen from the list, or null when the text was changed or cleared. */
  onChange: (company: CompanyChoice | null) => void;
  /** The messages for this field (the server's or the form's own), shown under it. */
  errors?: string[];
  testId: string;
  required?: boolean;
  /** A line under the field saying what it is for (e.g. that an empty field means any company). */
  hint?: string;
}

type Results = { query: string; items: CompanySummary[] } | { query: string; error: true };

/**
 * Finds a company by name or tax ID as the person types (WAI-ARIA combobox with a list box popup): the search waits
 * {@link SEARCH_DELAY_MS} after the last key, arrows move through the matches, Enter picks one, Escape closes the list
 * (or clears the text when it is closed). How many matched is announced to screen readers.
 */
export function CompanyCombobox({ label, value, onChange, errors = [], testId, required, hint }: CompanyComboboxProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<Results | null>(null);
  const [typedAway, setTypedAway] = useState(false);
  // a company set from outside (read from the URL, say) shows its name; one taken away from outside clears the text
  // (but not when the person's own typing took it away)
  const [shownId, setShownId] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    if (value) setText(value.name);
    else if (!typedAway) setText('');
    setTypedAway(false);
  }

  const query = text.trim();
  const searching = open && !value && (results === null || results.query !== query);
  useEffect(() => {
    if (!open || value) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchCompanies(query, 8, controller.signal).then(
        (page) => setResults({ query, items: page.items }),
        () => !controller.signal.aborted && setResults({ query, error: true }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, value]);

  const items = results && results.query === query && 'items' in results ? results.items : [];
  const failed = !!results && results.query === query && 'error' in results;
  const expanded = open && !value && items.length > 0;

  function choose(company: CompanySummary) {
    setShownId(company.id);
    setText(company.name);
    setOpen(false);
    setActive(-1);
    onChange({ id: company.id, name: company.name });
  }

  function type(next: string) {
    setText(next);
    setOpen(true);
    setActive(-1);
    if (value) {
      setTypedAway(true);
      onChange(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open || value) {
          setOpen(true);
          if (value) {
            setTypedAway(true);
            onChange(null);
          }
          return;
        }
        setActive((i) => (items.length === 0 ? -1 : (i + 1) % items.length));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          return;
        }
        setActive((i) => (items.length === 0 ? -1 : i <= 0 ? items.length - 1 : i - 1));
        return;
      case 'Enter':
        if (open && active >= 0 && items[active]) {
          event.preventDefault(); // picks the company instead of sending the form
          choose(items[active]);
        }
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          type('');
          setOpen(false);
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  const status = !open || value ? '' : searching ? t('companyPicker.searching')
    : failed ? t('companyPicker.failed') : items.length === 0 ? t('companyPicker.none')
    : t('companyPicker.found', { count: items.length });
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field combobox" data-testid={`${testId}-field`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 && items[active] ? `${id}-option-${active}` : undefined}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder={t('companyPicker.placeholder')}
        value={text}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid={testId}
        data-company-id={value?.id ?? ''}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!expanded}>
        {items.map((company, i) => (
          <li
            key={company.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            // mousedown, not click: the input's blur would close the list before the click lands
            onMouseDown={(e) => {
              e.preventDefault();
              choose(company);
            }}
            data-testid={`${testId}-option`}
            data-company-id={company.id}
          >
            <span className="combobox__name">{company.name}</span>
            <span className="combobox__detail muted">
              {[company.taxId, company.country, company.kind === 'RESELLER' ? t('companyPicker.reseller') : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
      {open && !value && !searching && items.length === 0 && query !== '' && (
        <p className="field-hint muted" data-testid={`${testId}-none`}>
          {failed ? t('companyPicker.failed') : t('companyPicker.none')}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint muted">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testId}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
