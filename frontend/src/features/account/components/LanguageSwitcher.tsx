import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from '@/lib/config';

interface LanguageSwitcherProps {
  /** Persists the choice on the server; the UI switches at once either way. */
  onSave: (language: (typeof SUPPORTED_LANGUAGES)[number]) => Promise<unknown>;
}

export function LanguageSwitcher({ onSave }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [saveFailed, setSaveFailed] = useState(false);
  const current = isSupportedLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  async function change(value: string) {
    if (!isSupportedLanguage(value)) return;
    setSaveFailed(false);
    await i18n.changeLanguage(value);
    try {
      await onSave(value);
    } catch {
      setSaveFailed(true);
    }
  }

  return (
    <div className="header-field">
      <label htmlFor={id}>{t('header.language')}</label>
      <select id={id} value={current} onChange={(e) => void change(e.target.value)} data-testid="language-switcher">
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
      {saveFailed && (
        <span className="header-field__error" role="alert">
          {t('header.languageSaveFailed')}
        </span>
      )}
    </div>
  );
}
