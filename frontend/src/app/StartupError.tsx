import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';

/** Shown when the client configuration cannot be loaded or Keycloak cannot be reached. */
export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error">
      <h1>{t('app.startFailed')}</h1>
      <ProblemAlert error={error} />
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  );
}
