import { check } from './walk.js';

export default check('array', (s) => s.maxItems !== undefined);
