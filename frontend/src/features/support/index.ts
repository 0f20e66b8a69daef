export { SupportRoute } from './routes/SupportRoute';
