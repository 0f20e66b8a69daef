import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/lib/i18n';
import { App } from '@/app/App';
import { StartupError } from '@/app/StartupError';
import { Loading } from '@/components/Loading';
import { signIn } from '@/lib/auth';
import { fetchClientConfig } from '@/lib/config';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function start() {
  root.render(<Loading />);
  try {
    const config = await fetchClientConfig();
    const session = await signIn(config);
    root.render(
      <StrictMode>
        <App session={session} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError error={error} onRetry={() => void start()} />);
  }
}

void start();
