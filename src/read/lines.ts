// Line bookkeeping for decoded text; the implementation is shared with every stage through src/model/text.
export { lineIndex, lineIndexAt, positionAt } from '../model/text.js';
