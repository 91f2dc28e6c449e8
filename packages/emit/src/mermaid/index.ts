export { emitMermaid, type MermaidOptions } from './erd.js';
export { mermaidEntityNames, mermaidQuoted, mermaidToken, MERMAID_RESERVED_ENTITIES } from './names.js';
export { connectorOf, LEFT_MARKERS, RIGHT_MARKERS } from './markers.js';
export { relationLabel } from './labels.js';
