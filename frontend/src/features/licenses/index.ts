export { LicensesRoute } from './routes/LicensesRoute';
