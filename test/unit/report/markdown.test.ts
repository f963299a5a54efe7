import assert from 'node:assert/strict';
import { formatMarkdown } from '../../../src/core/report/markdown';
import { RESULT, sampleInput } from './sample-result';

describe('report: markdown', () => {
  const md = formatMarkdown(sampleInput());

  it('states the overall verdict first', () => {
    assert.match(md, /^# ICP filing readiness\n\n\*\*Verdict: ❌ Not ready for ICP filing\*\*/);
  });

  it('has a table per instance with each requirement marked', () => {
    assert.match(md, /### ❌ `alicloud_instance\.web` — not ready/);
    assert.match(md, /### ❔ `alicloud_instance\.db` — unknown/);
    assert.match(md, /\| Subscription billing \| ❌ fail \| ICP002: Pay-as-you-go/);
    assert.match(md, /\| Mainland China region \| ✅ pass \|/);
    assert.match(md, /\| Subscription period long enough \| ❔ unknown \|/);
    assert.match(md, /\| Public IP \| 🔕 suppressed \| ICP004: bench\. \|/);
    assert.doesNotMatch(md, /\.; /, 'notes are joined as sentences');
  });

  it('lists findings with links to the rule docs, suppressions and counts', () => {
    assert.match(
      md,
      /\| `infra\/main\.tf:2:26` \| error \| \[ICP002 pay-as-you-go\]\(https:\/\/example\.test\/rules\/ICP002\) \|/,
    );
    assert.match(md, /variable default `infra\/variables\.tf:2:13`/);
    assert.match(md, /## Suppressions in effect\n\n\| Location \| Rule \| Reason \| Expires \| Message \|/);
    assert.match(md, /- fixable with `--fix`: 2/);
  });

  it('a table has one `---` cell per column; a section without rows says None.', () => {
    assert.match(md, /\n\| Location \| Severity \| Rule \| Message \|\n\| --- \| --- \| --- \| --- \|\n\| `/);
    assert.match(md, /\n\| Requirement \| Result \| Details \|\n\| --- \| --- \| --- \|\n\| /);
    const empty = formatMarkdown(sampleInput({ result: { ...RESULT, findings: [], suppressions: [] } }));
    assert.match(empty, /\n## Findings\n\nNone\.\n\n## Suppressions in effect\n\nNone\.\n\n## /);
  });

  it('is translated', () => {
    const zh = formatMarkdown(sampleInput({ lang: 'zh-cn' }));
    assert.match(zh, /# ICP 备案就绪检查/);
    assert.match(zh, /不满足 ICP 备案条件/);
  });
});
