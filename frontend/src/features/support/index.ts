export { SupportLayout } from './routes/SupportLayout';
export { SupportHomeRoute } from './routes/SupportHomeRoute';
export { ContractsRoute } from './routes/ContractsRoute';
export { TicketsRoute } from './routes/TicketsRoute';
export { NewTicketRoute } from './routes/NewTicketRoute';
export { TicketRoute } from './routes/TicketRoute';
export { QueueRoute } from './routes/QueueRoute';
