export { CompanyIntegrationsRoute } from './routes/CompanyIntegrationsRoute';
export { BackofficeWebhooksRoute } from './routes/BackofficeWebhooksRoute';
