export { OrdersRoute } from './routes/OrdersRoute';
