import { RouterProvider } from 'react-router';
import { SessionContext, type Session } from '@/lib/auth';
import { router } from './router';

export function App({ session }: { session: Session }) {
  return (
    <SessionContext value={session}>
      <RouterProvider router={router} />
    </SessionContext>
  );
}
