export { api, createApiClient, data, noContent, installApiAuth } from './client';
export type { ApiAuth, ApiClient } from './client';
export { ApiProblem } from './problem';
export type { FieldError } from './problem';
export type { components, paths } from './schema';
