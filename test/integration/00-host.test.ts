import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('the extension host', () => {
  it('is a real VS Code 1.100 with the extension active', async () => {
    assert.match(vscode.version, /^1\.100\./);
    const ext = vscode.extensions.getExtension('icp-check.icp-check');
    assert.ok(ext, 'extension is loaded from the development path');
    await ext.activate();
    assert.ok(ext.isActive);
  });
});
