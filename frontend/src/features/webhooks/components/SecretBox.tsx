import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A signing secret shown once, with a copy button; it is gone once dismissed. */
export function SecretBox({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="card webhook-secret" role="status" data-testid="webhook-secret-box">
      <p>
        <strong>{t('webhooks.secret.title')}</strong> {t('webhooks.secret.once')}
      </p>
      <p>
        <code className="webhook-secret__value" data-testid="webhook-secret">
          {secret}
        </code>
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()} data-testid="webhook-secret-copy">
          {copied ? t('webhooks.secret.copied') : t('webhooks.secret.copy')}
        </button>
        <button type="button" className="button" onClick={onDone} data-testid="webhook-secret-done">
          {t('webhooks.secret.done')}
        </button>
      </div>
    </div>
  );
}
