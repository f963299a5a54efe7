import * as assert from 'node:assert/strict';
import { openRequest } from '../../../src/extension/report/open-request';

/** The report webview runs scripts: a message it posts is checked before the extension acts on it. */
describe('extension: the report may open only files it reported on', () => {
  const texts = new Map([['file:///ws/web/main.tf', 'resource "x" "y" {}\n']]);

  it('a place in a checked file of the workspace opens', () => {
    assert.deepEqual(
      openRequest({ type: 'open', at: { file: 'file:///ws/web/main.tf', start: 0, end: 8 } }, texts),
      { file: 'file:///ws/web/main.tf', start: 0, end: 8 },
    );
  });

  it('anything else is refused', () => {
    const refused: unknown[] = [
      { type: 'open', at: { file: 'file:///etc/passwd', start: 0, end: 0 } },
      { type: 'open', at: { file: 'command:workbench.action.terminal.new', start: 0, end: 0 } },
      { type: 'open', at: { file: 'https://evil.test/x', start: 0, end: 0 } },
      { type: 'open', at: { file: 'file:///ws/web/main.tf', start: -1, end: 0 } },
      { type: 'open', at: { file: 'file:///ws/web/main.tf', start: 5, end: 2 } },
      { type: 'open', at: { file: 'file:///ws/web/main.tf', start: 0, end: 9999 } },
      { type: 'open', at: { file: 'file:///ws/web/main.tf', start: '0', end: 1 } },
      { type: 'open', at: { file: 'file:///ws/web/main.tf' } },
      { type: 'open' },
      { type: 'open', at: null },
      null,
      'open',
    ];
    for (const message of refused)
      assert.equal(openRequest(message, texts), undefined, JSON.stringify(message));
  });
});
