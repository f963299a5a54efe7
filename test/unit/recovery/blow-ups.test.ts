import assert from 'node:assert/strict';
import { findSuppressions } from '../../../src/core/engine/suppressions';
import { realChecker, TODAY } from '../bad-input/harness';
import { checkFiles, requireEngine } from '../helpers/check-files';
import { HOSTILE_INPUTS } from '../../../bench/generate/hostile';
import { MAX_FILE_WORK_BUDGET } from '../../../src/core/engine/work-budget';

/** The same inputs `npm run bench` times, so the bench measures exactly what these tests check. */
const hostileFiles = (name: keyof typeof HOSTILE_INPUTS) =>
  Object.fromEntries(HOSTILE_INPUTS[name].files().map((f) => [f.path, f.text]));
const hostileText = (name: keyof typeof HOSTILE_INPUTS) => HOSTILE_INPUTS[name].files()[0].text;

/**
 * What these tests check is the answer on the whole input, past the default work budget (the 50,000
 * websites' 50,000 findings are over it; work-budget.test.ts checks that it stops there).
 */
const NO_BUDGET = { fileWorkBudget: MAX_FILE_WORK_BUDGET };

/**
 * Inputs that once took minutes or gigabytes. Each test checks the answer on the size that broke
 * it; how long it takes and how much memory it needs is measured by `npm run bench`.
 */
describe('recovery: no superlinear blow-ups', function () {
  this.timeout(120_000);
  before(async function () {
    await requireEngine();
  });

  it('a 2 MB spec, one instance with 50,000 websites on one service number: each reuse once, related places bounded; the quota once', async () => {
    const text = hostileText('spec-50k-websites');
    assert.ok(text.length > 2_000_000, `${text.length} characters`);
    // The real engine without the table helpers: rendering 100,000 findings is not what is tested.
    const check = await realChecker();
    const { findings } = check([{ path: 'big.icp.yaml', text }], { today: TODAY, ...NO_BUDGET });
    const reused = findings.filter((f) => f.ruleId === 'ICP008');
    assert.equal(reused.length, 49_999);
    assert.ok(reused.every((f) => f.related.length === 10));
    assert.deepEqual(
      reused[0].related.slice(-2).map((r) => r.message.en),
      ['also used for w9.cn', 'and 49,990 more uses of this number'],
    );
    assert.equal(reused[0].related[0].message.en, 'also used for w0.cn');
    // ICP007: one finding for the 49,995 websites past the quota of 5, its related places bounded.
    const quota = findings.filter((f) => f.ruleId === 'ICP007');
    assert.deepEqual(
      quota.map((f) => [f.message.en, f.related.length, f.related[9].message.en]),
      [
        [
          'web lists 50,000 websites, but this product yields at most 5 service numbers (one website each): 49,995 websites have none left, from w5.cn on.',
          10,
          'and 49,985 more websites over the quota',
        ],
      ],
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId !== 'ICP008' && f.ruleId !== 'ICP007'),
      [],
    );
  });

  it('30 locals each ten copies of the one before, read by 20 instances: every instance checked, the period read', () => {
    const { result } = checkFiles(hostileFiles('multiplying-locals'), NO_BUDGET);
    assert.equal(result.instances.length, 20);
    assert.ok(result.instances.every((i) => i.period?.kind === 'known' && i.period.value === 10));
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'ICP000' || f.ruleId === 'ICP012'),
      [],
    );
  });

  it('a call with count = 200,000, and nested counts that multiply to 10 million copies: an ICP000 at the count that passes the limit, its copies one unknown instance', () => {
    const files = hostileFiles('module-counts');
    const { result } = checkFiles(files, NO_BUDGET);
    assert.deepEqual(
      result.instances.map((i) => [i.name, i.unread !== undefined]),
      [
        ['module.huge.alicloud_instance.this', true],
        ...Array.from({ length: 10 }, (_, i) => [
          `module.nested[${i}].module.web.alicloud_instance.this`,
          true,
        ]),
      ],
    );
    assert.deepEqual(
      result.findings.map(
        (f) =>
          `${f.ruleId} ${f.at.file} ${files[f.at.file].slice(f.at.start, f.at.end)} ${f.message.en.split(' here')[0]}`,
      ),
      [
        'ICP000 hostile/counts/fleet/main.tf 1000 count makes 10,000 copies',
        'ICP000 hostile/counts/main.tf 200000 count makes 200,000 copies',
      ],
    );
  });

  it('1,000 copies of a module whose locals multiply: the composition stops at its step limit, with one ICP000 at the call, and what it did not read is unknown', () => {
    const files = hostileFiles('costly-module-copies');
    const { result } = checkFiles(files, NO_BUDGET);
    assert.equal(result.instances.length, 20_000);
    const root = files['hostile/costly/main.tf'];
    const stopped = result.findings.filter((f) => f.ruleId === 'ICP000');
    assert.deepEqual(
      stopped.map((f) => `${f.at.file} ${root.slice(f.at.start, f.at.end).split('\n')[0]} ${f.message.en}`),
      [
        'hostile/costly/main.tf module "fleet" Evaluating the module calls took more than 1,000,000 steps; the instances read from here on are not checked and count as unknown.',
      ],
    );
    const unread = result.instances.filter((i) => i.unread);
    // Those read before the limit are checked; every one after it is unknown, none is reported ready.
    assert.ok(unread.length > 19_000, `${unread.length} unread`);
    assert.ok(result.instances.slice(result.instances.indexOf(unread[0])).every((i) => i.unread));
  });

  it('a comment of 200,000 spaces after a directive: read as one directive', () => {
    const text = hostileText('comment-of-spaces');
    const [directive] = findSuppressions('main.tf', text);
    assert.equal(directive.reason, 'load test');
    assert.deepEqual(
      directive.rules.map((r) => r.token),
      ['ICP002'],
    );
    assert.equal(directive.at.end, text.indexOf(' '.repeat(1000)));
  });

  it('a header run into 200,000 word characters: the blocks are still read', () => {
    const { result } = checkFiles(hostileFiles('header-word-run'), NO_BUDGET);
    assert.ok(result.instances.length >= 1);
    assert.equal(result.findings.filter((f) => f.ruleId === 'ICP000').length, 1);
  });

  it('20,000 icp-ignore lines above one resource: every directive covers the resource', () => {
    const text = hostileText('ignore-lines');
    const directives = findSuppressions('main.tf', text);
    assert.equal(directives.length, 20_000);
    const header = text.indexOf('resource');
    assert.ok(
      directives.every((d) => d.covers.start === header && d.covers.end === text.indexOf('\n', header)),
    );
    const { result } = checkFiles(hostileFiles('ignore-lines'), NO_BUDGET);
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'ICP002'),
      [],
    );
    assert.ok(result.suppressions.some((s) => s.ruleId === 'ICP002'));
  });

  it('20,000 small .tf files in 200 folders: every instance checked once', () => {
    const files = hostileFiles('many-small-files');
    const { result } = checkFiles(files, NO_BUDGET);
    assert.equal(result.instances.length, 20_000);
    assert.equal(result.findings.filter((f) => f.ruleId === 'ICP004').length, 20_000);
  });
});
