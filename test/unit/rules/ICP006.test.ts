import assert from 'node:assert/strict';
import { instanceStopped } from '../../../src/core/rules/ICP006-instance-stopped';
import { FixtureDoc, makeInstance } from '../helpers/fixture';
import { applyFixTo, runRule } from '../helpers/run-rule';

const TF = `resource "alicloud_instance" "web" {
  status = "Stopped"
}
`;

describe('ICP006 instance-stopped', () => {
  it('terraform: Stopped is a warning on the value; the fix sets Running', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const instance = makeInstance(doc, 'terraform', {
      header: 'resource "alicloud_instance" "web"',
      name: 'alicloud_instance.web',
      status: doc.known('stopped', '"Stopped"'),
      setters: { status: () => doc.replace('"Stopped"', '"Running"') },
    });
    const run = runRule(instanceStopped, [instance], { 'main.tf': TF });
    assert.deepEqual(run.rendered, [
      {
        rule: 'ICP006',
        severity: 'warning',
        messageId: 'stopped',
        message:
          'alicloud_instance.web is stopped; only a running instance can get a service number for an ICP filing.',
        range: '2:12-2:21',
        file: 'main.tf',
        related: [],
      },
    ]);
    assert.equal(run.findings[0].fixes[0].title['zh-cn'], '启动实例（Running）');
    assert.equal(
      applyFixTo({ 'main.tf': TF }, run.findings[0])['main.tf'],
      TF.replace('"Stopped"', '"Running"'),
    );
  });

  it('spec: status: stopped', () => {
    const text = 'instances:\n  web-1:\n    status: stopped\n';
    const doc = new FixtureDoc('p.icp.yaml', text);
    const run = runRule(
      instanceStopped,
      [
        makeInstance(doc, 'spec', {
          header: 'web-1',
          name: 'web-1',
          status: doc.known('stopped', 'stopped'),
        }),
      ],
      { 'p.icp.yaml': text },
    );
    assert.equal(run.rendered[0].range, '3:13-3:20');
  });

  it('valid: running, omitted, unknown (ICP012)', () => {
    const doc = new FixtureDoc('main.tf', TF);
    const run = runRule(
      instanceStopped,
      [
        makeInstance(doc, 'terraform', { header: 'resource', status: doc.known('running', '"Stopped"') }),
        makeInstance(doc, 'terraform', { header: 'resource' }),
        makeInstance(doc, 'terraform', { header: 'resource', name: 'u', status: doc.unknown('"Stopped"') }),
      ],
      { 'main.tf': TF },
    );
    assert.deepEqual(run.rendered, []);
    assert.deepEqual(
      run.unresolved.map((u) => u.message),
      [
        '`status` of u is `"Stopped"`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      ],
    );
  });
});
