import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/api';

interface ProblemAlertProps {
  error: unknown;
  /** Form fields whose errors are shown next to the field, so the alert leaves them out. */
  inlineFields?: readonly string[];
  onDismiss?: () => void;
}

/**
 * Shows a failed call to the person: the problem's title and detail, and field errors no form field shows.
 * `data-problem` carries the problem's slug (e.g. `rate-limited`) for tests.
 */
export function ProblemAlert({ error, inlineFields = [], onDismiss }: ProblemAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!error) return;
    // the alert may sit above a long table: bring it into view (jsdom has no scrollIntoView)
    ref.current?.scrollIntoView?.({ block: 'nearest' });
    if (!(error instanceof ApiProblem)) console.error(error);
  }, [error]);

  if (!error) return null;

  let title: string;
  let detail: string | null = null;
  let fieldErrors: { field: string; message: string }[] = [];
  let slug: string | undefined;
  if (error instanceof ApiProblem) {
    slug = error.slug ?? undefined;
    title = error.title;
    detail = error.detail;
    fieldErrors = error.errorsOutside(inlineFields);
  } else if (error instanceof TypeError) {
    title = t('problem.network');
  } else {
    title = t('problem.generic');
  }

  return (
    <div ref={ref} className="problem-alert" role="alert" data-testid="problem-alert" data-problem={slug}>
      <p className="problem-alert__title">{title}</p>
      {detail && <p className="problem-alert__detail">{detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className="problem-alert__errors">
          {fieldErrors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {onDismiss && (
        <button type="button" className="button button--link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
