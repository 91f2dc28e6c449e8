export { parseRawType, TYPE_WORDS } from './raw-type.js';
