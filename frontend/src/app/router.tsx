import { createBrowserRouter, Navigate } from 'react-router';
import {
  BackofficeLayout,
  CreditTopUpRoute,
  CustomerOverviewRoute,
  DiscountsRoute,
  ProductEditRoute,
  ProductsRoute,
  TaxRatesRoute,
} from '@/features/backoffice';
import { AuditRoute, CompanyRoute } from '@/features/company';
import { LicenseOverviewRoute, LicensesRoute } from '@/features/licenses';
import { BackofficeWebhooksRoute, CompanyIntegrationsRoute } from '@/features/webhooks';
import {
  CartRoute,
  CatalogRoute,
  CheckoutRoute,
  CreditRoute,
  OrderRoute,
  OrdersRoute,
  OrderSuccessRoute,
  ProductRoute,
} from '@/features/orders';
import { ManageUsersRoute } from '@/features/seats';
import { ActivateSubscriptionRoute, ManageSubscriptionRoute, SubscriptionsRoute } from '@/features/subscriptions';
import {
  ContractsRoute,
  NewTicketRoute,
  QueueRoute,
  SupportHomeRoute,
  SupportLayout,
  TicketRoute,
  TicketsRoute,
} from '@/features/support';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';

/** Real URLs, so that deep links work (the server answers index.html for them). */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/subscriptions" replace /> },
      { path: 'subscriptions', element: <SubscriptionsRoute /> },
      { path: 'subscriptions/:id', element: <ManageSubscriptionRoute /> },
      { path: 'subscriptions/:id/activate', element: <ActivateSubscriptionRoute /> },
      { path: 'subscriptions/:id/users', element: <ManageUsersRoute /> },
      { path: 'licenses', element: <LicensesRoute /> },
      { path: 'licenses/overview', element: <LicenseOverviewRoute /> },
      { path: 'catalog', element: <CatalogRoute /> },
      { path: 'catalog/:productId', element: <ProductRoute /> },
      { path: 'cart', element: <CartRoute /> },
      { path: 'checkout', element: <CheckoutRoute /> },
      { path: 'orders', element: <OrdersRoute /> },
      { path: 'orders/:id', element: <OrderRoute /> },
      { path: 'orders/:id/success', element: <OrderSuccessRoute /> },
      { path: 'credit', element: <CreditRoute /> },
      {
        path: 'support',
        element: <SupportLayout />,
        children: [
          { index: true, element: <SupportHomeRoute /> },
          { path: 'contracts', element: <ContractsRoute /> },
          { path: 'tickets', element: <TicketsRoute /> },
          { path: 'tickets/new', element: <NewTicketRoute /> },
          { path: 'tickets/:id', element: <TicketRoute /> },
          { path: 'queue', element: <QueueRoute /> },
        ],
      },
      {
        path: 'backoffice',
        element: <BackofficeLayout />,
        children: [
          { index: true, element: <Navigate to="products" replace /> },
          { path: 'products', element: <ProductsRoute /> },
          { path: 'products/new', element: <ProductEditRoute /> },
          { path: 'products/:id', element: <ProductEditRoute /> },
          { path: 'tax-rates', element: <TaxRatesRoute /> },
          { path: 'discounts', element: <DiscountsRoute /> },
          { path: 'credit', element: <CreditTopUpRoute /> },
          { path: 'webhooks', element: <BackofficeWebhooksRoute /> },
          { path: 'customers', element: <CustomerOverviewRoute /> },
        ],
      },
      { path: 'company', element: <CompanyRoute /> },
      { path: 'company/audit', element: <AuditRoute /> },
      { path: 'company/integrations', element: <CompanyIntegrationsRoute /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
