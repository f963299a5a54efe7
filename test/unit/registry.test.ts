import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/repo-root';
import { RULES, ruleById } from '../../src/core/rules/index';
import { DOCS_BASE_URL } from '../../src/core/rules/docs-url';
import { renderRuleDoc, renderRuleIndex } from '../../src/core/rules/doc-page';
import type { Localized } from '../../src/core/model/localized';
import type { Fix } from '../../src/core/model/fix';
import { instanceKey } from '../../src/core/model/instance-key';
import { REQUIREMENT_IDS } from '../../src/core/model/requirement';
import type { Rule } from '../../src/core/rules/rule';
import { checkFiles, requireEngine } from './helpers/check-files';

/** docs/contract.md's table, copied by hand: changing a severity must change this test too. */
const CONTRACT: ReadonlyArray<readonly [string, string, string]> = [
  ['ICP000', 'invalid-input', 'error'],
  ['ICP001', 'region-not-mainland', 'error'],
  ['ICP002', 'pay-as-you-go', 'error'],
  ['ICP003', 'subscription-too-short', 'error'],
  ['ICP004', 'no-public-ip', 'error'],
  ['ICP005', 'expiry', 'warning'],
  ['ICP006', 'instance-stopped', 'warning'],
  ['ICP007', 'quota-exceeded', 'error'],
  ['ICP008', 'service-number-reused', 'error'],
  ['ICP009', 'order-below-minimum', 'error'],
  ['ICP010', 'no-auto-renew', 'hint'],
  ['ICP011', 'region-unresolved', 'info'],
  ['ICP012', 'value-unresolved', 'info'],
  ['ICP013', 'public-ip-via-eip', 'hint'],
  ['ICP014', 'invalid-suppression', 'warning'],
  ['ICP015', 'module-not-followed', 'info'],
];

/** Message ids and data keys the engine emits for the engine-only rules. */
const ENGINE_MESSAGES: Record<string, Record<string, string[]>> = {
  ICP000: { invalid: ['detail'] },
  ICP012: { unresolved: ['setting', 'expression', 'instance'] },
  ICP014: {
    noReason: ['directive'],
    placeholderReason: ['directive', 'reason'],
    unknownRule: ['rule'],
    invalidExpires: ['rule', 'expires'],
    expired: ['rule', 'expires'],
    forbidden: [],
  },
  ICP015: {
    notDownloaded: ['call', 'source'],
    downloadMissing: ['call', 'dir', 'source'],
    sourceNotLiteral: ['call'],
  },
};

const ROOT = REPO_ROOT;

/** The source IDs docs/sources.md defines: the `### id` headings under "## The sources". */
const SOURCE_IDS: ReadonlySet<string> = (() => {
  const text = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
  const list = text.slice(text.indexOf('\n## The sources'));
  return new Set([...list.matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]));
})();

/** The rows `| ID | name | severity | … |` of docs/contract.md's rule table. */
function contractRows(): string[][] {
  const text = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');
  // Cells may be padded (a formatter aligns the columns).
  return [...text.matchAll(/^\| (ICP\d{3}) +\| ([a-z-]+) +\| ([a-z /]+?) *\|/gm)].map((m) => [
    m[1],
    m[2],
    m[3],
  ]);
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function assertBothLanguages(text: Localized, where: string): void {
  assert.ok(text.en.trim().length > 0, `${where}: English is empty`);
  assert.ok(text['zh-cn'].trim().length > 0, `${where}: Chinese is empty`);
  assert.deepEqual(
    placeholders(text['zh-cn']),
    placeholders(text.en),
    `${where}: placeholders differ between languages`,
  );
  // A text that is only a placeholder (ICP000's `{detail}`) is translated by whoever fills it.
  if (/[A-Za-z]/.test(text.en.replace(/\{\w+\}/g, '')))
    assert.match(text['zh-cn'], /[\u4e00-\u9fff]/, `${where}: the Chinese text has no Chinese`);
}

/** Whether a title was filled from one of the rule's fix titles, in both languages. */
function fromDeclaredTitle(rule: Rule, fix: Fix): boolean {
  const pattern = (template: string) =>
    new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`);
  return Object.values(rule.fixTitles ?? {}).some(
    (t) => pattern(t.en).test(fix.title.en) && pattern(t['zh-cn']).test(fix.title['zh-cn']),
  );
}

/** Text files under `dir` (TypeScript, Markdown, scripts), skipping fixtures and snapshots, which quote other tools' files. */
function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'fixtures' || name === 'snapshots' || name === 'node_modules' ? [] : textFiles(path);
    return /\.(ts|mts|mjs|js|md|sh|json|yaml|yml)$/.test(name) ? [path] : [];
  });
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('rule registry', () => {
  it('has ICP000…ICP015 in order with the names and severities of docs/contract.md', () => {
    assert.deepEqual(
      RULES.map((r) => [r.id, r.name, r.severity]),
      CONTRACT,
    );
  });

  it('names are kebab-case and unique; ids are unique', () => {
    for (const r of RULES) assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  });

  it('finds rules by id (any case) or name', () => {
    assert.equal(ruleById('ICP002')?.name, 'pay-as-you-go');
    assert.equal(ruleById('icp002')?.id, 'ICP002');
    assert.equal(ruleById('pay-as-you-go')?.id, 'ICP002');
    assert.equal(ruleById('ICP099'), undefined);
  });

  it('every rule file is named after its id and name', () => {
    const files = readdirSync(join(ROOT, 'src/core/rules')).filter((f) => /^ICP\d{3}-/.test(f));
    assert.deepEqual(
      files.sort(),
      RULES.map((r) => `${r.id}-${r.name}.ts`),
    );
  });

  it('declares each filing requirement in exactly one rule, and each setting in at most one requirement', () => {
    const declared = RULES.flatMap((r) => (r.requirement ? [r.requirement.id] : []));
    assert.deepEqual([...declared].sort(), [...REQUIREMENT_IDS].sort());
    // Unknown values are never a failure: their rules make the requirement of the value unknown.
    assert.deepEqual(
      RULES.filter((r) => r.meansUnknown).map((r) => [r.id, r.requirement]),
      [
        ['ICP011', undefined],
        ['ICP012', undefined],
      ],
    );
    const settings = RULES.flatMap((r) => r.requirement?.settings ?? []);
    assert.equal(
      new Set(settings).size,
      settings.length,
      `a setting in two requirements: ${settings.join(', ')}`,
    );
  });

  it('engine-emitted rules have exactly the agreed message ids and data keys', () => {
    for (const [id, messages] of Object.entries(ENGINE_MESSAGES)) {
      const rule = ruleById(id)!;
      assert.equal(rule.checkInstance, undefined, `${id} is emitted by the engine`);
      assert.equal(rule.checkFile, undefined, `${id} is emitted by the engine`);
      assert.deepEqual(Object.keys(rule.messages).sort(), Object.keys(messages).sort(), id);
      for (const [messageId, keys] of Object.entries(messages))
        assert.deepEqual(placeholders(rule.messages[messageId].en), [...keys].sort(), `${id}.${messageId}`);
    }
  });

  for (const rule of RULES) {
    describe(`${rule.id} ${rule.name}`, () => {
      it('has every message and doc text in both languages with the same placeholders', () => {
        assert.ok(Object.keys(rule.messages).length > 0);
        for (const [id, m] of Object.entries(rule.messages))
          assertBothLanguages(m, `${rule.id}.messages.${id}`);
        assertBothLanguages(rule.docs.summary, `${rule.id}.summary`);
        assertBothLanguages(rule.docs.why, `${rule.id}.why`);
        assertBothLanguages(rule.docs.howToFix, `${rule.id}.howToFix`);
      });

      it('has every fix title in both languages with the same placeholders, and titles exactly when it is fixable', () => {
        const titles = Object.entries(rule.fixTitles ?? {});
        assert.equal(titles.length > 0, rule.fixable, `${rule.id}: fixable is ${rule.fixable}`);
        for (const [id, title] of titles) assertBothLanguages(title, `${rule.id}.fixTitles.${id}`);
      });

      it('has a docs url for its id, sources listed in docs/sources.md, and examples for each format it applies to', () => {
        assert.equal(rule.docs.url, `${DOCS_BASE_URL}${rule.id}.md`);
        for (const s of rule.docs.sources)
          assert.ok(SOURCE_IDS.has(s), `${rule.id}: source ${s} has no section in docs/sources.md`);
        for (const format of rule.appliesTo) {
          if (rule.id === 'ICP014' || rule.id === 'ICP000') continue; // engine rules: one example suffices
          assert.ok(
            rule.docs.failing.some((e) => e.format === format),
            `${rule.id}: no failing ${format} example`,
          );
          assert.ok(
            rule.docs.passing.some((e) => e.format === format),
            `${rule.id}: no passing ${format} example`,
          );
        }
      });

      it('has an up-to-date generated doc page (run `npx tsx scripts/gen-docs.ts`)', () => {
        const path = join(ROOT, 'docs/rules', `${rule.id}.md`);
        assert.ok(existsSync(path), `${path} is missing`);
        assert.equal(readFileSync(path, 'utf8'), renderRuleDoc(rule));
      });

      it('failing examples produce the rule, passing ones do not, and neither is invalid input', async function () {
        await requireEngine();
        for (const example of rule.docs.failing) {
          const { findings, result } = checkFiles({ [example.file]: example.code });
          if (rule.id !== 'ICP000')
            assert.deepEqual(
              findings.filter((f) => f.ruleId === 'ICP000').map((f) => f.message.en),
              [],
              `${rule.id} failing ${example.file}`,
            );
          const own = findings.filter((f) => f.ruleId === rule.id);
          assert.ok(
            own.length > 0,
            `${rule.id}: failing ${example.file} example did not fail:\n${example.code}`,
          );
          for (const f of own)
            for (const fix of f.fixes) {
              assertBothLanguages(fix.title, `${rule.id} fix title`);
              assert.ok(
                fromDeclaredTitle(rule, fix),
                `${rule.id}: "${fix.title.en}" is none of its fixTitles`,
              );
            }
          if (!rule.checkInstance && !rule.checkFile) continue;
          // A rule's finding names its instance by key and the setting it is about, which one requirement counts.
          const keys = result.instances.map(instanceKey);
          const counted = RULES.flatMap((r) => r.requirement?.settings ?? []);
          for (const f of own) {
            assert.equal(f.instanceKeys?.length, 1, `${rule.id}: ${f.message.en}`);
            assert.ok(
              keys.includes(f.instanceKeys[0]),
              `${rule.id}: no instance has the key of ${f.message.en}`,
            );
            assert.ok(
              f.setting && counted.includes(f.setting),
              `${rule.id}: setting ${f.setting} counts nowhere`,
            );
          }
        }
        for (const example of rule.docs.passing) {
          const { findings } = checkFiles({ [example.file]: example.code });
          assert.deepEqual(
            findings
              .filter((f) => f.ruleId === rule.id || f.ruleId === 'ICP000')
              .map((f) => `${f.ruleId} ${f.message.en}`),
            [],
            `${rule.id} passing ${example.file}`,
          );
        }
      });
    });
  }

  it('matches the rule table of docs/contract.md', () => {
    // ICP005's default is a warning; an expiry date already past is an error (its own severity).
    const severityOf = (r: (typeof RULES)[number]) => (r.id === 'ICP005' ? 'warning / error' : r.severity);
    assert.deepEqual(
      contractRows(),
      RULES.map((r) => [r.id, r.name, severityOf(r)]),
    );
  });

  it('links only to sources docs/sources.md defines, and its facts cite only those', () => {
    const text = readFileSync(join(ROOT, 'docs/sources.md'), 'utf8');
    const cited = new Set([...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1]));
    for (const id of cited)
      assert.ok(
        SOURCE_IDS.has(id) || id === 'the-facts',
        `docs/sources.md cites #${id}, which it does not define`,
      );
    for (const section of text.slice(text.indexOf('\n## The sources')).split('\n### ').slice(1))
      assert.match(section, /<https:\/\/[^>]+>/, `source ${section.split('\n')[0]} names its public page`);
  });

  it('stands alone: nothing in the project reads or cites files from outside the repository', () => {
    const files = ['src', 'test', 'scripts', 'bench', 'docs'].flatMap((dir) => textFiles(join(ROOT, dir)));
    for (const file of files) {
      assert.doesNotMatch(
        readFileSync(file, 'utf8'),
        /\.\.\/shared\/|\/work\/shared|DOMAIN\.md|RULES\.md|INSTANCE-SPEC\.md/,
        `${file} refers to a file users do not have`,
      );
    }
  });

  it('has an up-to-date rule index', () => {
    assert.equal(readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8'), renderRuleIndex(RULES));
  });

  it('no file under src/core or src/cli imports vscode', () => {
    for (const file of [...sourceFiles(join(ROOT, 'src/core')), ...sourceFiles(join(ROOT, 'src/cli'))]) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /(from\s+|require\(\s*|import\(\s*)['"]vscode['"]/, `${file} imports vscode`);
    }
  });

  it('no rule reads the file system', () => {
    for (const file of sourceFiles(join(ROOT, 'src/core/rules'))) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /['"](node:)?fs['"]/, `${file} imports fs`);
    }
  });
});
