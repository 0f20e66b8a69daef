import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../api/types';

/** An agreement's title, its full text in a scrollable box, its version and SHA-256. */
export function AgreementView({ agreement, headingLevel = 2 }: { agreement: Agreement; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="agreement" data-testid="agreement">
      <Heading id={titleId}>{agreement.title}</Heading>
      <div
        className="agreement__text"
        tabIndex={0}
        role="region"
        aria-labelledby={titleId}
        lang={agreement.language}
        data-testid="agreement-text"
      >
        {agreement.text}
      </div>
      <dl className="details agreement__meta">
        <dt>{t('subscriptions.agreement.version')}</dt>
        <dd data-testid="agreement-version" data-version={agreement.version}>
          {agreement.version}
        </dd>
        <dt>{t('subscriptions.agreement.sha256')}</dt>
        <dd>
          <code className="agreement__hash" data-testid="agreement-sha256">
            {agreement.sha256}
          </code>
        </dd>
      </dl>
    </div>
  );
}
