export { returnUrl, signIn } from './keycloak';
export type { Session } from './keycloak';
export { SessionContext, useSession } from './session-context';
