import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  text: string;
  /** What is copied, for screen readers ("Copy license key ABCD-…"). */
  label: string;
  testId: string;
}

/** Copies `text` to the clipboard and says so for a moment; says it could not when the browser refuses. */
export function CopyButton({ text, label, testId }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button type="button" className="button" onClick={() => void copy()} aria-label={label} data-testid={testId} data-state={state}>
      {state === 'copied' ? t('shop.copy.copied') : state === 'failed' ? t('shop.copy.failed') : t('shop.copy.copy')}
    </button>
  );
}
