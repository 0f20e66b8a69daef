import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { CurrentCompanyContext } from '@/lib/current-company';
import { BACKOFFICE_ROLE, CurrentUserContext, type CurrentUser } from '@/lib/current-user';
import { Landed } from './Landed';

/**
 * Renders `element` at `path` (matching `pattern`) for back-office staff, who belong to no company; any other path
 * shows a stand-in page with the path, so that a test sees where a link or a navigation led.
 */
export function renderAt(path: string, pattern: string, element: ReactElement) {
  const user: CurrentUser = { roles: [BACKOFFICE_ROLE], taxId: null, refresh: vi.fn(async () => {}) };
  return render(
    <MemoryRouter initialEntries={[path]}>
      <CurrentUserContext value={user}>
        <CurrentCompanyContext value={null}>
          <Routes>
            <Route path={pattern} element={element} />
            <Route path="*" element={<Landed />} />
          </Routes>
        </CurrentCompanyContext>
      </CurrentUserContext>
    </MemoryRouter>,
  );
}
