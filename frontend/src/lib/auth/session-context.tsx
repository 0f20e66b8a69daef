import { createContext, useContext } from 'react';
import type { Session } from './keycloak';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session (sign-out, account page); only available inside the signed-in app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside of <SessionContext>');
  return session;
}
