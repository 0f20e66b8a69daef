import { createContext, useContext } from 'react';

/** The realm role of the people who work the support queue. */
export const SUPPORT_AGENT_ROLE = 'support-agent';

/** The realm role of the staff who keep the catalog, tax rates, reseller discounts and prepaid credit. */
export const BACKOFFICE_ROLE = 'backoffice';

export interface CurrentUser {
  /** Keycloak realm roles as `/me` reports them; they decide what the navigation offers, never what is allowed. */
  roles: readonly string[];
  /** The tax ID from the ID token, to prefill forms; null when the person gave none. */
  taxId: string | null;
  /** Loads `/me` again, e.g. after the server created a company for the person; resolves once the app shows it. */
  refresh: () => Promise<void>;
}

/** The signed-in person as the app shell knows them, for features to read without importing the account feature. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser | null {
  return useContext(CurrentUserContext);
}

export function useIsSupportAgent(): boolean {
  return useCurrentUser()?.roles.includes(SUPPORT_AGENT_ROLE) ?? false;
}
