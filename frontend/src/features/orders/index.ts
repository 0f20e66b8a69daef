export { CatalogRoute } from './routes/CatalogRoute';
export { ProductRoute } from './routes/ProductRoute';
export { CartRoute } from './routes/CartRoute';
export { CheckoutRoute } from './routes/CheckoutRoute';
export { OrderSuccessRoute } from './routes/OrderSuccessRoute';
export { OrdersRoute } from './routes/OrdersRoute';
export { OrderRoute } from './routes/OrderRoute';
export { CreditRoute } from './routes/CreditRoute';
