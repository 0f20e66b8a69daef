import { api, data } from './api';
import type { components } from './api';

export type ClientConfig = components['schemas']['ClientConfig'];

/** Where to sign in: asked from the server (no token needed) so one build runs against any Keycloak. */
export function fetchClientConfig(): Promise<ClientConfig> {
  return data(api.GET('/api/v1/client-config'));
}

/** The languages the portal and its mails are written in. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'it', 'pl'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string | null | undefined): value is Language {
  return !!value && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
