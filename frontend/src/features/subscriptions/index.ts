export { SubscriptionsRoute } from './routes/SubscriptionsRoute';
