import { check } from './walk.js';

const has = (s, a, b) => (s[a] !== undefined) !== (s[b] !== undefined);
export default check('integer', (s) => has(s, 'minimum', 'exclusiveMinimum') && has(s, 'maximum', 'exclusiveMaximum'));
