/** Writes docs/rules/ICP0xx.md and docs/rules/README.md from the rule metadata. Run: `npx tsx scripts/gen-docs.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/core/rules/index';
import { renderRuleDoc, renderRuleIndex } from '../src/core/rules/doc-page';

export const DOCS_DIR = join(__dirname, '..', 'docs', 'rules');

function main(): void {
  mkdirSync(DOCS_DIR, { recursive: true });
  for (const rule of RULES) writeFileSync(join(DOCS_DIR, `${rule.id}.md`), renderRuleDoc(rule));
  writeFileSync(join(DOCS_DIR, 'README.md'), renderRuleIndex(RULES));
  console.log(`wrote ${RULES.length} rule pages and the index to ${DOCS_DIR}`);
}

main();
