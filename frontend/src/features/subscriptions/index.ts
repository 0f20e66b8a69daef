export { SubscriptionsRoute } from './routes/SubscriptionsRoute';
export { ActivateSubscriptionRoute } from './routes/ActivateSubscriptionRoute';
export { ManageSubscriptionRoute } from './routes/ManageSubscriptionRoute';
