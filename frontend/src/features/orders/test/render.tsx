import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { CurrentCompanyContext } from '@/lib/current-company';
import { COMPANY } from './fixtures';
import { Landed } from './Landed';

/**
 * Renders `element` at `path` (matching `pattern`) inside the current company; any other path shows a stand-in page
 * with the path, so a test sees where a link or a navigation led.
 */
export function renderAt(path: string, pattern: string, element: ReactElement) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <CurrentCompanyContext value={COMPANY}>
        <Routes>
          <Route path={pattern} element={element} />
          <Route path="*" element={<Landed />} />
        </Routes>
      </CurrentCompanyContext>
    </MemoryRouter>,
  );
}
