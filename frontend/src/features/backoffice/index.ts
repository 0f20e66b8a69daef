export { BackofficeLayout } from './routes/BackofficeLayout';
export { ProductsRoute } from './routes/ProductsRoute';
export { ProductEditRoute } from './routes/ProductEditRoute';
export { TaxRatesRoute } from './routes/TaxRatesRoute';
export { DiscountsRoute } from './routes/DiscountsRoute';
export { CreditTopUpRoute } from './routes/CreditTopUpRoute';
export { CustomerOverviewRoute } from './routes/CustomerOverviewRoute';
