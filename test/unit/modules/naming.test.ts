import assert from 'node:assert/strict';
import { check } from '../../../src/core/engine/check';
import { coreReady } from '../helpers/core-ready';
import { joinPath } from '../../../src/core/model/paths';
import { formatReport } from '../../../src/core/report/index';
import { RULES } from '../../../src/core/rules/index';
import { callWeb, WEB } from './fixtures';

/** Instances created through module calls are named by address, in every output and in the report. */
describe('module instances by address', function () {
  before(async function () {
    this.timeout(30_000);
    await coreReady();
  });

  const run = (files: Record<string, string>) =>
    check(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      { today: '2026-12-01' },
    );

  it('count on a call repeats its instances with their index; a resource count inside the module too', function () {
    this.timeout(5000);
    const root = callWeb('  count  = 2\n  period = 1\n');
    const result = run({
      'live/main.tf': root,
      ...WEB,
      'modules/web/main.tf': WEB['modules/web/main.tf'].replace(
        '{\n',
        '{\n  count                      = 1\n',
      ),
    });
    assert.deepEqual(
      result.instances.map((i) => i.name),
      ['module.web[0].alicloud_instance.this[0]', 'module.web[1].alicloud_instance.this[0]'],
    );
    // Both on the call's `period = 1`, the argument every repetition shares.
    const period = root.indexOf('1\n}');
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.instance} ${f.at.file}:${f.at.start}`),
      [
        `ICP003 module.web[0].alicloud_instance.this[0] live/main.tf:${period}`,
        `ICP003 module.web[1].alicloud_instance.this[0] live/main.tf:${period}`,
      ],
    );
  });

  it('count = 0 on a call creates no instance; an unknown count is checked as if created, without an index', function () {
    this.timeout(5000);
    assert.deepEqual(run({ 'live/main.tf': callWeb('  count = 0\n'), ...WEB }).instances, []);
    const unknown = run({ 'live/main.tf': callWeb('  count = length(var.names)\n'), ...WEB });
    assert.deepEqual(
      unknown.instances.map((i) => i.name),
      ['module.web.alicloud_instance.this'],
    );
  });

  it('a count past 1,000 copies is one ICP000 at the count and one unknown instance, not 200,000 instances', function () {
    this.timeout(5000);
    const root = callWeb('  count  = 200000\n');
    const onCall = run({ 'live/main.tf': root, ...WEB });
    assert.deepEqual(
      onCall.instances.map((i) => [i.name, i.unread && root.slice(i.unread.start, i.unread.end)]),
      [['module.web.alicloud_instance.this', '200000']],
    );
    assert.deepEqual(
      onCall.findings.map(
        (f) => `${f.ruleId} ${f.severity} ${root.slice(f.at.start, f.at.end)}: ${f.message.en}`,
      ),
      [
        'ICP000 error 200000: count makes 200,000 copies here, more than the 1,000 icp-check checks; they are not checked and count as unknown.',
      ],
    );
    // Inside the module too; 1,000 copies are still each checked.
    const child = (n: number) =>
      WEB['modules/web/main.tf'].replace('{\n', `{\n  count                      = ${n}\n`);
    const inside = run({ 'live/main.tf': callWeb(''), ...WEB, 'modules/web/main.tf': child(1001) });
    assert.deepEqual(
      inside.findings.map((f) => `${f.ruleId} ${f.at.file}`),
      ['ICP000 modules/web/main.tf'],
    );
    assert.equal(inside.instances.filter((i) => i.unread).length, 1);
    // Nested counts multiply: 100 calls of 100 copies each is 10,000 copies of the one resource.
    const nested = run({
      'live/main.tf': callWeb('  count  = 100\n'),
      ...WEB,
      'modules/web/main.tf': child(100),
    });
    assert.deepEqual(
      nested.findings.map((f) => `${f.ruleId} ${f.at.file} ${f.message.en.slice(0, 32)}`),
      ['ICP000 modules/web/main.tf count makes 10,000 copies here, '],
    );
    assert.equal(nested.instances.length, 100);
    assert.ok(nested.instances.every((i) => i.unread));
    const atLimit = run({ 'live/main.tf': callWeb(''), ...WEB, 'modules/web/main.tf': child(1000) });
    assert.equal(atLimit.instances.length, 1000);
    assert.equal(atLimit.instances.filter((i) => i.unread).length, 0);
  });

  it('for_each on a call names each instance by key, and each.key / each.value / count.index reach the arguments', function () {
    this.timeout(5000);
    const root = callWeb('  for_each = { web = 12, api = 1 }\n  period   = each.value\n');
    const result = run({ 'live/main.tf': root, ...WEB });
    assert.deepEqual(
      result.instances.map((i) => i.name),
      ['module.web["web"].alicloud_instance.this', 'module.web["api"].alicloud_instance.this'],
    );
    // Only "api" asks for 1 month: on the argument, and its fix rewrites that map entry.
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.instance} ${root.slice(f.at.start, f.at.end)}`),
      ['ICP003 module.web["api"].alicloud_instance.this each.value'],
    );
    const [edit] = result.findings[0].fixes[0].edits;
    assert.deepEqual([root.slice(edit.start, edit.end), edit.newText], ['1', '3']);
    const counted = run({
      'live/main.tf': callWeb('  count  = 2\n  period = count.index == 0 ? 12 : 2\n'),
      ...WEB,
    });
    assert.deepEqual(
      counted.findings.map((f) => `${f.ruleId} ${f.instance}`),
      ['ICP003 module.web[1].alicloud_instance.this'],
    );
    const set = run({
      'live/main.tf': callWeb(
        '  for_each = toset(["a", "b"])\n  charge   = each.key == "a" ? "PrePaid" : "PostPaid"\n',
      ),
      ...WEB,
    });
    assert.deepEqual(
      set.findings.map((f) => `${f.ruleId} ${f.instance}`),
      ['ICP002 module.web["b"].alicloud_instance.this'],
    );
  });

  it('for_each on a resource inside a module names each instance by key, as Terraform does, and each.key / each.value reach its settings', function () {
    this.timeout(5000);
    const child = WEB['modules/web/main.tf']
      .replace('{\n', '{\n  for_each                   = { web = 12, api = 1 }\n')
      .replace('= var.period', '= each.value');
    const files = {
      'live/main.tf': callWeb('  for_each = toset(["x"])\n'),
      ...WEB,
      'modules/web/main.tf': child,
    };
    const result = run(files);
    assert.deepEqual(
      result.instances.map((i) => i.name),
      ['module.web["x"].alicloud_instance.this["web"]', 'module.web["x"].alicloud_instance.this["api"]'],
    );
    // Only "api" asks for 1 month: on the child's attribute that reads it (no call can change it).
    assert.deepEqual(
      result.findings.map(
        (f) => `${f.ruleId} ${f.instance} ${f.at.file}:${child.slice(f.at.start, f.at.end)}`,
      ),
      ['ICP003 module.web["x"].alicloud_instance.this["api"] modules/web/main.tf:each.value'],
    );
  });

  it('count on a resource inside a module: count.index reaches its settings, each index is its own instance', function () {
    this.timeout(5000);
    const child = WEB['modules/web/main.tf']
      .replace('{\n', '{\n  count                      = 2\n')
      .replace('= var.period', '= count.index == 0 ? var.period : 2');
    const result = run({ 'live/main.tf': callWeb(''), ...WEB, 'modules/web/main.tf': child });
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.instance}`),
      ['ICP003 module.web.alicloud_instance.this[1]'],
    );
  });

  it('the JSON, SARIF, markdown and stylish outputs name the instance by its address', function () {
    this.timeout(5000);
    const files = { 'live/main.tf': callWeb('  period = 1\n'), ...WEB };
    const result = run(files);
    const input = {
      result,
      texts: new Map(Object.entries(files)),
      rules: RULES,
      lang: 'en' as const,
      tool: { name: 'icp-check', version: '0' },
      today: '2026-12-01',
    };
    for (const format of ['json', 'sarif', 'markdown', 'stylish'] as const) {
      assert.match(formatReport(format, input), /module\.web\.alicloud_instance\.this/, format);
    }
    const json = JSON.parse(formatReport('json', input)) as {
      instances?: { name: string; location: { path: string; startLine: number } }[];
    };
    assert.deepEqual(
      json.instances?.map((i) => [i.name, i.location.path, i.location.startLine]),
      [['module.web.alicloud_instance.this', 'live/main.tf', 5]],
    );
  });
});

describe('joinPath', () => {
  const cases: [string, string, string][] = [
    ['examples/basic', '../..', ''],
    ['live', '../modules/web', 'modules/web'],
    ['live', './modules/web/', 'live/modules/web'],
    ['a', '../../common', '../common'],
    ['/work/repo/live', '../modules/web', '/work/repo/modules/web'],
    ['/work', '../../..', '/'],
    ['file:///work/repo/examples/basic', '../..', 'file:///work/repo'],
    ['vscode-vfs://github/org/repo/live', '../../..', 'vscode-vfs://github/'],
    ['C:\\infra\\live', '..\\modules\\web', 'C:\\infra\\modules\\web'],
  ];
  for (const [folder, relative, joined] of cases) {
    it(`${folder} + ${relative} = ${joined}`, () => assert.equal(joinPath(folder, relative), joined));
  }
});
