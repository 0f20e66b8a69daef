export { CompanyRoute } from './routes/CompanyRoute';
export { AuditRoute } from './routes/AuditRoute';
