export { ManageUsersRoute } from './routes/ManageUsersRoute';
