import * as assert from 'node:assert/strict';
import type { CheckResult } from '../../../src/core/engine/types';
import type { Finding } from '../../../src/core/model/finding';
import type { Instance } from '../../../src/core/model/instance';
import { instanceKey } from '../../../src/core/model/instance-key';
import { buildReadiness } from '../../../src/core/report/readiness';
import { escapeHtml, renderReportHtml } from '../../../src/extension/report/report-html';

const FILE = 'file:///ws/web/main.tf';
const TEXT = 'resource "alicloud_instance" "web<script>" {\n  instance_charge_type = "PostPaid"\n}\n';
const header = { file: FILE, start: 0, end: 43 };
const instance = {
  format: 'terraform',
  type: 'alicloud_instance',
  name: 'alicloud_instance.web<script>',
  product: 'ecs',
  file: FILE,
  header,
  extent: { file: FILE, start: 0, end: TEXT.length },
  eipAssociations: [],
  websites: [],
  setters: {},
} as unknown as Instance;
const charge = TEXT.indexOf('"PostPaid"');
const finding: Finding = {
  ruleId: 'ICP002',
  ruleName: 'pay-as-you-go',
  severity: 'error',
  messageId: 'payg',
  message: { en: 'Pay-as-you-go & <b>not</b> allowed', 'zh-cn': '按量付费' },
  at: { file: FILE, start: charge, end: charge + 10 },
  related: [],
  fixes: [],
  instance: instance.name,
  instanceKeys: [instanceKey(instance)],
  setting: 'chargeType',
};
const result: CheckResult = {
  findings: [finding],
  suppressions: [],
  instances: [instance],
  skipped: [],
  checkedFiles: [FILE],
};

function render(
  lang: 'en' | 'zh-cn' = 'en',
  focus?: { file: string; start: number; end: number },
  readiness = buildReadiness(result),
) {
  return renderReportHtml({
    readiness,
    focus,
    texts: new Map([[FILE, TEXT]]),
    lang,
    nonce: 'N0NCE',
    cspSource: 'https://csp.example',
    codiconsCssUri: 'https://csp.example/codicon.css',
    relativePath: (f) => f.replace('file:///ws/', ''),
    chrome: {
      refresh: 'Refresh',
      exportMarkdown: 'Export Markdown',
      exportSarif: 'Export SARIF',
      instance: 'Instance',
      where: 'Defined at',
      openHint: 'Open',
      generatedAt: 'now',
      otherFindings: 'Other',
      search: 'Filter by name, type or file',
      allVerdicts: 'All verdicts',
      shown: { one: '{0} of {1} instance shown', other: '{0} of {1} instances shown' },
    },
  });
}

describe('readiness report page', () => {
  it('has a strict content security policy: nothing runs or loads without the nonce or the webview source', () => {
    const html = render();
    assert.match(
      html,
      /content="default-src 'none'; font-src https:\/\/csp\.example; style-src https:\/\/csp\.example 'nonce-N0NCE'; script-src 'nonce-N0NCE';"/,
    );
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
    assert.match(
      html,
      /data-loc="\{&quot;file&quot;:&quot;file:\/\/\/ws\/web\/main\.tf&quot;,&quot;start&quot;:0,&quot;end&quot;:43\}"/,
    );
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

  it('500 instances: a search box and a verdict filter (with counts) over rows and sections that carry what they are filtered by', () => {
    const many: Instance[] = Array.from(
      { length: 500 },
      (_, n) =>
        ({
          ...instance,
          name: `alicloud_instance.web${n}`,
          header: { file: FILE, start: n, end: n + 1 },
        }) as Instance,
    );
    const findings: Finding[] = many
      .filter((_, n) => n % 5 === 0)
      .map((i) => ({ ...finding, instance: i.name, instanceKeys: [instanceKey(i)] }));
    const html = render('en', undefined, buildReadiness({ ...result, instances: many, findings }));
    assert.equal((html.match(/<tr class="instance-row /g) ?? []).length, 500);
    assert.equal((html.match(/<section class="instance" /g) ?? []).length, 500);
    assert.match(
      html,
      /<input id="search" type="search" placeholder="Filter by name, type or file" aria-label="Filter by name, type or file">/,
    );
    assert.match(html, /<option value="">All verdicts \(500\)<\/option>/);
    assert.match(html, /<option value="not-ready">not ready \(100\)<\/option>/);
    assert.match(html, /<option value="unknown">unknown \(400\)<\/option>/);
    assert.doesNotMatch(html, /<option value="waived">/, 'verdicts no instance has are not offered');
    assert.match(
      html,
      /<tr class="instance-row verdict-not-ready" data-verdict="not-ready" data-search="alicloud_instance.web0 alicloud_instance web\/main.tf"/,
    );
    assert.match(
      html,
      /<section class="instance" id="instance-0" data-verdict="not-ready" data-search="alicloud_instance.web0 alicloud_instance web\/main.tf">/,
    );
    assert.match(
      html,
      /<p id="shown" class="muted" aria-live="polite" data-one="\{0\} of \{1\} instance shown" data-other="\{0\} of \{1\} instances shown">500 of 500 instances shown<\/p>/,
    );
  });

  it('per-instance tables share fixed column widths, so their columns line up down the page', () => {
    const html = render();
    assert.match(
      html,
      /<table class="requirements"><colgroup><col class="c-req"><col class="c-result"><col class="c-details"><\/colgroup>/,
    );
    assert.match(html, /table\.requirements \{ table-layout: fixed; \}/);
  });

  it('opened from a CodeLens: the page scrolls to that instance and marks it', () => {
    assert.match(render('en', header), /<body data-focus="instance-0">/);
    assert.match(
      render('en', { file: FILE, start: 999, end: 1000 }),
      /<body>/,
      'an instance no longer there: no focus',
    );
    assert.match(render(), /<body>/);
  });
});
