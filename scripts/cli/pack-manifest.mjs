#!/usr/bin/env node
// `npm pack` / `npm publish` run `prepack` (strip) before reading package.json and `postpack`
// (restore) after. `prepare` bundles the CLI in a clone (npm ci, npx's self-execution), but in the
// published manifest npm lists it among a package's install scripts and warns every installer
// about it, although it never runs there: the tarball ships without it. `restore` puts the file
// back byte for byte.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = join(root, 'package.json');
const saved = join(root, '.cache', 'package.json.before-pack');

function restore() {
  if (existsSync(saved)) renameSync(saved, manifest);
}

const mode = process.argv[2];
if (mode === 'strip') {
  restore(); // an interrupted pack left a stripped file: start from the original
  const text = readFileSync(manifest, 'utf8');
  mkdirSync(dirname(saved), { recursive: true });
  writeFileSync(saved, text);
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(manifest, JSON.stringify(pkg, null, 2) + '\n');
} else if (mode === 'restore') {
  restore();
} else {
  console.error('usage: pack-manifest.mjs strip|restore');
  process.exit(2);
}
