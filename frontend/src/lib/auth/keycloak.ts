import Keycloak from 'keycloak-js';
import { installApiAuth } from '@/lib/api';
import type { ClientConfig } from '@/lib/config';

/** Seconds of validity a token must still have before a request; shorter-lived tokens are refreshed first. */
const MIN_VALIDITY_SECONDS = 30;

export interface Session {
  /** Keycloak's account console, where the person changes their password. */
  accountUrl: string;
  displayName: string;
  signOut(): Promise<void>;
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

  return {
    accountUrl: config.accountUrl,
    displayName,
    signOut: () => keycloak.logout({ redirectUri: window.location.origin }),
  };
}
