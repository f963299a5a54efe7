import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  codes,
  open,
  ourDiagnostics,
  quickFixes,
  revertAndCloseAll,
  waitFor,
  waitForCodes,
  workspaceUri,
} from './helpers';

/** A rule's own fix (not suppress, documentation or fix-all; executeCodeActionProvider drops `diagnostics`). */
const isRuleFix = (a: vscode.CodeAction) =>
  a.edit !== undefined && !a.command && !/^Suppress |^Fix all /.test(a.title);

describe('quick fixes', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('each finding offers its fix (preferred), suppress with a reason, and the documentation', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    for (const diagnostic of await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004'])) {
      const actions = await quickFixes(main, diagnostic);
      const titles = actions.map((a) => a.title);
      const fixes = actions.filter(isRuleFix);
      assert.ok(fixes.length >= 1, `${codeOf(diagnostic)} has a fix: ${titles.join(' | ')}`);
      assert.equal(
        fixes.filter((a) => a.isPreferred).length,
        1,
        `${codeOf(diagnostic)} has exactly one preferred fix`,
      );
      assert.ok(
        titles.some((t) => t.includes(`Suppress ${codeOf(diagnostic)}`)),
        'suppress action offered',
      );
      const docs = actions.find((a) => a.command?.command === 'icpCheck.showDocumentation');
      assert.ok(
        docs && /^https?:\/\//.test(String(docs.command!.arguments![0])),
        'documentation action with the rule URL',
      );
    }
  });

  it('region fixes offer mainland regions, the configured preferred one (cn-shanghai) first', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    const region = (await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004'])).find(
      (d) => codeOf(d) === 'ICP001',
    )!;
    const fixes = (await quickFixes(main, region)).filter(isRuleFix);
    assert.ok(fixes.length >= 2, `a choice of regions: ${fixes.map((f) => f.title).join(' | ')}`);
    assert.ok(
      fixes[0].isPreferred && fixes[0].title.includes('cn-shanghai'),
      `first choice is cn-shanghai: ${fixes[0].title}`,
    );
  });

  it('every fix, applied with workspace.applyEdit, removes its finding (re-checked) and breaks nothing', async () => {
    const files = ['web/main.tf', 'ros/stack.ros.yaml', 'specs/sites.icp.yaml'];
    for (const file of files) {
      const uri = workspaceUri(file);
      await open(uri);
      const initial = await waitFor(
        () => ourDiagnostics(uri).length > 0 && ourDiagnostics(uri),
        `findings in ${file}`,
      );
      for (const code of new Set(initial.map(codeOf))) {
        const diagnostic = ourDiagnostics(uri).find((d) => codeOf(d) === code);
        if (!diagnostic) continue; // an earlier fix also fixed this one
        const fix = (await quickFixes(uri, diagnostic)).find((a) => isRuleFix(a) && a.isPreferred);
        if (!fix) continue;
        const before = ourDiagnostics(uri).filter((d) => codeOf(d) === code).length;
        assert.ok(await vscode.workspace.applyEdit(fix.edit!), `${file}: ${fix.title} applied`);
        await waitFor(
          () => ourDiagnostics(uri).filter((d) => codeOf(d) === code).length < before,
          `${code} fixed in ${file}`,
        );
        assert.ok(!codes(uri).includes('ICP000'), `${file}: the fix keeps the file valid`);
      }
    }
  });

  it('the multi-file fix (a variable default in variables.tf) is one workspace edit', async () => {
    const main = workspaceUri('web/main.tf');
    await open(main);
    const payg = (await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004'])).find(
      (d) => codeOf(d) === 'ICP002',
    )!;
    const fix = (await quickFixes(main, payg)).find((a) => isRuleFix(a) && a.isPreferred)!;
    const touched = fix.edit!.entries().map(([uri]) => uri.path.split('/').pop());
    assert.ok(touched.includes('variables.tf'), `edits variables.tf: ${touched.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const variables = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/web/variables.tf'))!;
    assert.match(variables.getText(), /default = "PrePaid"/);
    await waitFor(() => !codes(main).includes('ICP002'), 'ICP002 gone from main.tf');
  });

  it('suppress with a reason inserts an icp-ignore directive that silences the finding', async () => {
    const main = workspaceUri('web/main.tf');
    const document = await open(main);
    const noIp = (await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004'])).find(
      (d) => codeOf(d) === 'ICP004',
    )!;
    const suppress = (await quickFixes(main, noIp)).find((a) => a.title.includes('Suppress ICP004'))!;
    assert.ok(await vscode.workspace.applyEdit(suppress.edit!));
    assert.match(
      document.getText(),
      /^ {2}# icp-ignore: ICP004 reason="why this is acceptable"\n {2}internet_max_bandwidth_out = 0/m,
    );
    // The placeholder reason left as it is suppresses nothing and is itself a finding (ICP014).
    await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004', 'ICP014']);
    const placeholder = document.getText().indexOf('why this is acceptable');
    const reason = new vscode.WorkspaceEdit();
    reason.replace(
      main,
      new vscode.Range(
        document.positionAt(placeholder),
        document.positionAt(placeholder + 'why this is acceptable'.length),
      ),
      'test bench, never filed',
    );
    assert.ok(await vscode.workspace.applyEdit(reason));
    await waitForCodes(main, ['ICP001', 'ICP002']);
  });

  it('a stale fix is never offered: actions follow the current document version', async () => {
    const main = workspaceUri('web/main.tf');
    const document = await open(main);
    const payg = (await waitForCodes(main, ['ICP001', 'ICP002', 'ICP004'])).find(
      (d) => codeOf(d) === 'ICP002',
    )!;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(main, new vscode.Position(0, 0), '# a comment that moves every offset\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Asked immediately (before the debounced re-check), the old range has no fix to offer.
    const immediately = (await quickFixes(main, payg)).filter(isRuleFix);
    assert.equal(immediately.length, 0, 'no fix computed from the previous version');
    await waitFor(
      () =>
        ourDiagnostics(main).find(
          (d) => codeOf(d) === 'ICP002' && d.range.start.line === payg.range.start.line + 1,
        ),
      're-checked',
    );
    const fresh = ourDiagnostics(main).find((d) => codeOf(d) === 'ICP002')!;
    const fix = (await quickFixes(main, fresh)).find((a) => isRuleFix(a) && a.isPreferred)!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitFor(() => !codes(main).includes('ICP002'), 'fixed at the new position');
    assert.ok(document.getText().startsWith('# a comment'));
  });

  it('"show documentation" opens the rule page shipped with the extension, in the Markdown preview', async () => {
    const opened = await vscode.commands.executeCommand<boolean>(
      'icpCheck.showDocumentation',
      'https://github.com/icp-check/icp-check/blob/main/docs/rules/ICP002.md',
    );
    assert.equal(opened, true);
    await waitFor(
      () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes('ICP002.md'))),
      'a preview tab of ICP002.md',
    );
  });
});
