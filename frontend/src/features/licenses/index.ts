export { LicenseOverviewRoute } from './routes/LicenseOverviewRoute';
export { LicensesRoute } from './routes/LicensesRoute';
