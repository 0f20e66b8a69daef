import { check } from './walk.js';

export default check('string', (s) => s.maxLength !== undefined || s.enum !== undefined || s.const !== undefined);
