import { createContext, useContext } from 'react';

export interface CurrentCompany {
  companyId: string;
  companyName: string;
  /** The person's role in it (ADMIN or MEMBER), to offer what only admins may do; the server still decides. */
  role?: 'ADMIN' | 'MEMBER';
}

/**
 * The company the person is working in, chosen in the header. Features read it from here instead of
 * importing the account feature, so features stay independent.
 */
export const CurrentCompanyContext = createContext<CurrentCompany | null>(null);

export function useCurrentCompany(): CurrentCompany | null {
  return useContext(CurrentCompanyContext);
}
