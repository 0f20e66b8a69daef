import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CC } from '../api/types';
import { looksLikeEmail, sameEmail } from '../utils/email';

interface CcEditorProps {
  emails: readonly string[];
  /** Adds an address; a rejection (the server's problem) keeps it in the input. */
  onAdd: (email: string) => void | Promise<void>;
  onRemove: (email: string) => void | Promise<void>;
  /** Test ids start with it: `ticket-` gives `ticket-cc-input`. */
  testIdPrefix?: string;
  /** The server's messages about the addresses. */
  errors?: string[];
  readOnly?: boolean;
  busy?: boolean;
}

/**
 * Extra addresses that receive the ticket's mails, as chips: typed and added (Enter or the button) after a plain
 * check of the address, removed with the chip's button; at most ten.
 */
export function CcEditor({ emails, onAdd, onRemove, testIdPrefix = '', errors = [], readOnly, busy }: CcEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const full = emails.length >= MAX_CC;
  const messages = invalid ? [invalid, ...errors] : errors;

  async function add() {
    const email = draft.trim();
    if (!email || busy) return;
    if (!looksLikeEmail(email)) return setInvalid(t('support.cc.invalid', { email }));
    if (emails.some((e) => sameEmail(e, email))) return setInvalid(t('support.cc.duplicate', { email }));
    if (full) return setInvalid(t('support.cc.full', { max: MAX_CC }));
    setInvalid(null);
    try {
      await onAdd(email);
      setDraft('');
    } catch {
      // the caller shows the server's problem; the address stays for correcting
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault(); // adds the address instead of submitting the surrounding form
      void add();
    }
  }

  return (
    <div className="form-field cc-editor">
      {readOnly ? <p className="cc-editor__label">{t('support.cc.label')}</p> : <label htmlFor={id}>{t('support.cc.label')}</label>}
      {emails.length > 0 && (
        <ul className="chips" aria-label={t('support.cc.listLabel')} data-testid={`${testIdPrefix}cc-list`}>
          {emails.map((email) => (
            <li key={email} className="chip" data-testid="cc-chip" data-email={email}>
              <span>{email}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="chip__remove"
                  disabled={busy}
                  onClick={() => void onRemove(email)}
                  aria-label={t('support.cc.remove', { email })}
                  data-testid="cc-chip-remove"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="cc-editor__add">
          <input
            id={id}
            type="email"
            autoComplete="off"
            maxLength={320}
            value={draft}
            disabled={full}
            onChange={(e) => {
              setDraft(e.target.value);
              setInvalid(null);
            }}
            onKeyDown={onKeyDown}
            aria-invalid={messages.length > 0 || undefined}
            aria-describedby={`${id}-hint${messages.length > 0 ? ` ${id}-error` : ''}`}
            data-testid={`${testIdPrefix}cc-input`}
          />
          <button type="button" className="button" onClick={() => void add()} disabled={full || busy || !draft.trim()} data-testid={`${testIdPrefix}cc-add`}>
            {t('support.cc.add')}
          </button>
        </div>
      )}
      <p id={`${id}-hint`} className="muted field-hint">
        {full ? t('support.cc.full', { max: MAX_CC }) : t('support.cc.hint', { max: MAX_CC })}
      </p>
      {messages.length > 0 && (
        <p id={`${id}-error`} className="field-error" data-testid={`${testIdPrefix}cc-error`}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
