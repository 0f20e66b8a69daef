import Keycloak from 'keycloak-js';
import { installApiAuth } from '@/lib/api';
import type { ClientConfig } from '@/lib/config';

/** Seconds of validity a token must still have before a request; shorter-lived tokens are refreshed first. */
const MIN_VALIDITY_SECONDS = 30;

export interface Session {
  /** Keycloak's account console (profile, sessions). */
  accountUrl: string;
  /**
   * Keycloak's update-password page as an application-initiated action (`kc_action=UPDATE_PASSWORD`): after the new
   * password is saved (or the person cancels) Keycloak sends them back to the page they were on.
   */
  changePassword(): Promise<void>;
  displayName: string;
  /** The tax ID the person gave when registering (ID token claim `tax_id`), to prefill forms; null when absent. */
  taxId: string | null;
  signOut(): Promise<void>;
}

/** Where Keycloak sends the person back after an action: the page they are on, without an earlier action's status. */
export function returnUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('kc_action_status');
  url.searchParams.delete('kc_action');
  return url.toString();
}

/**
 * Signs the person in (redirecting to Keycloak when needed), keeps the token fresh and hands the
 * API client its token source. Resolves once signed in.
 */
export async function signIn(config: ClientConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });

  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => keycloak.login());
  };

  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });

  installApiAuth({
    async token() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        // the refresh token is gone too; the server will answer 401 and the client sends us to sign in
      }
      return keycloak.token;
    },
    async refresh() {
      try {
        return await keycloak.updateToken(-1);
      } catch {
        return false;
      }
    },
    login() {
      void keycloak.login();
    },
  });

  const claims = keycloak.tokenParsed ?? {};
  const displayName =
    (claims.name as string | undefined) ??
    (claims.preferred_username as string | undefined) ??
    (claims.email as string | undefined) ??
    '';

  const taxId = keycloak.idTokenParsed?.tax_id;

  return {
    accountUrl: config.accountUrl,
    changePassword: () => keycloak.login({ action: 'UPDATE_PASSWORD', redirectUri: returnUrl(window.location.href) }),
    displayName,
    taxId: typeof taxId === 'string' && taxId.trim() ? taxId.trim() : null,
    signOut: () => keycloak.logout({ redirectUri: window.location.origin }),
  };
}
