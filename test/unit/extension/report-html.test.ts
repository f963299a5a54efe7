import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../../src/core/engine/types';
import type { Finding } from '../../../src/core/model/finding';
import type { Instance } from '../../../src/core/model/instance';
import { buildReadiness } from '../../../src/core/report/readiness';
import { escapeHtml, renderReportHtml } from '../../../src/extension/report/report-html';

const FILE = 'file:///ws/web/main.tf';
const TEXT = 'resource "alicloud_instance" "web<script>" {\n  instance_charge_type = "PostPaid"\n}\n';
const header = { file: FILE, start: 0, end: 43 };
const instance = {
  format: 'terraform', type: 'alicloud_instance', name: 'alicloud_instance.web<script>', product: 'ecs', file: FILE,
  header, extent: { file: FILE, start: 0, end: TEXT.length }, eipAssociations: [], websites: [], setters: {},
} as unknown as Instance;
const charge = TEXT.indexOf('"PostPaid"');
const finding: Finding = {
  ruleId: 'ICP002', ruleName: 'pay-as-you-go', severity: 'error', messageId: 'payg',
  message: { en: 'Pay-as-you-go & <b>not</b> allowed', 'zh-cn': '按量付费' },
  at: { file: FILE, start: charge, end: charge + 10 }, related: [], fixes: [], instance: instance.name,
};
const result: CheckResult = { findings: [finding], suppressions: [], instances: [instance], skipped: [], checkedFiles: [FILE] };

function render(lang: 'en' | 'zh-cn' = 'en') {
  return renderReportHtml({
    readiness: buildReadiness(result),
    texts: new Map([[FILE, TEXT]]),
    lang,
    nonce: 'N0NCE',
    cspSource: 'https://csp.example',
    codiconsCssUri: 'https://csp.example/codicon.css',
    relativePath: (f) => f.replace('file:///ws/', ''),
    chrome: { refresh: 'Refresh', exportMarkdown: 'Export Markdown', exportSarif: 'Export SARIF', instance: 'Instance', where: 'Defined at', openHint: 'Open', generatedAt: 'now', otherFindings: 'Other' },
  });
}

describe('readiness report page', () => {
  it('has a strict content security policy: nothing runs or loads without the nonce or the webview source', () => {
    const html = render();
    assert.match(html, /content="default-src 'none'; font-src https:\/\/csp\.example; style-src https:\/\/csp\.example 'nonce-N0NCE'; script-src 'nonce-N0NCE';"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="N0NCE">/);
    assert.doesNotMatch(html, /\son\w+=/, 'no inline event handlers');
  });

  it('escapes every text from the workspace', () => {
    const html = render();
    assert.ok(!html.includes('web<script>'), 'instance names are escaped');
    assert.ok(html.includes('alicloud_instance.web&lt;script&gt;'));
    assert.ok(html.includes('Pay-as-you-go &amp; &lt;b&gt;not&lt;/b&gt; allowed'));
    assert.equal(escapeHtml(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;');
  });

  it('one row per instance with its verdict, each requirement, and a link to its source line', () => {
    const html = render();
    assert.equal((html.match(/class="instance-row verdict-not-ready"/g) ?? []).length, 1);
    assert.match(html, /web\/main\.tf:1:1/);
    assert.match(html, /data-loc="\{&quot;file&quot;:&quot;file:\/\/\/ws\/web\/main\.tf&quot;,&quot;start&quot;:0,&quot;end&quot;:43\}"/);
    assert.match(html, /web\/main\.tf:2:26/, 'the finding links to its line and column');
  });

  it('counts instances with the same words as the CLI summary, placeholders filled', () => {
    const counts = /<p class="counts" id="counts">([^<]*)<\/p>/.exec(render())?.[1] ?? '';
    assert.match(counts, /^1 instance: 0 ready, 0 at risk, 0 waived, 0 unknown, 1 not ready\. /);
    assert.doesNotMatch(counts, /[{}|]/);
  });

  it('speaks Chinese', () => {
    const html = render('zh-cn');
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /按量付费/);
    assert.match(html, /不满足/);
  });
});
