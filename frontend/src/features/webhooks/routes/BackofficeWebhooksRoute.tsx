import { useTranslation } from 'react-i18next';
import { WebhooksPanel } from '../components/WebhooksPanel';

/** `/backoffice/webhooks`: the vendor-wide endpoints, which get every company's events. */
export function BackofficeWebhooksRoute() {
  const { t } = useTranslation();
  return (
    <section data-testid="backoffice-webhooks">
      <h2>{t('webhooks.vendorHeading')}</h2>
      <WebhooksPanel scope={{ kind: 'vendor' }} />
    </section>
  );
}
