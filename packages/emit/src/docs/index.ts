export { emitErdDoc } from './erd-doc.js';
export type { DocSignal, DocSource, ErdDocOptions } from './options.js';
export { NATIVE_TYPES, nativeTypeOf } from './native-types.js';
export { INITIAL_MIGRATION } from './migration-section.js';
