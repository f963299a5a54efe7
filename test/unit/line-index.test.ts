import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/model/line-index';

describe('LineIndex', () => {
  it('maps offsets across LF and CRLF line ends', () => {
    const idx = new LineIndex('a\r\nbc\nd');
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(6), { line: 2, character: 0 });
    assert.equal(idx.offsetAt({ line: 1, character: 1 }), 4);
  });
});
