import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, type Language } from '@/lib/config';

/** The UI language as the API's `language` parameter (English when i18next resolved something else). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return isSupportedLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
