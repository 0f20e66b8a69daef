import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { CurrentCompanyContext, type CurrentCompany } from '@/lib/current-company';
import { CurrentUserContext, type CurrentUser } from '@/lib/current-user';
import { COMPANY } from './fixtures';
import { Landed } from './Landed';

interface As {
  /** The current company; null for someone who belongs to none. */
  company?: CurrentCompany | null;
  user?: Partial<CurrentUser>;
}

export const AGENT: Partial<CurrentUser> = { roles: ['support-agent'] };

/**
 * Renders `element` at `path` (matching `pattern`) for a customer of the test company unless told otherwise; any other
 * path shows a stand-in page with the path, so that a test sees where a link or a navigation led. Answers the current
 * user given to the page, whose `refresh` is a mock.
 */
export function renderAt(path: string, pattern: string, element: ReactElement, as: As = {}) {
  const user: CurrentUser = { roles: ['customer'], taxId: null, refresh: vi.fn(async () => {}), ...as.user };
  const company = as.company === undefined ? COMPANY : as.company;
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <CurrentUserContext value={user}>
        <CurrentCompanyContext value={company}>
          <Routes>
            <Route path={pattern} element={element} />
            <Route path="*" element={<Landed />} />
          </Routes>
        </CurrentCompanyContext>
      </CurrentUserContext>
    </MemoryRouter>,
  );
  return { ...view, user };
}
