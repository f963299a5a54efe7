import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, repoPath } from '../helpers/repo-root';

interface WebBundleModule {
  webBundleOptions(root: string, options?: { production?: boolean }): Record<string, unknown>;
}

let bundled: Promise<string> | undefined;

/**
 * The browser bundle (dist/web/extension.js) as `npm run package` makes it (minified): built here in memory with
 * the very options the bundle script uses (scripts/vscode/web-bundle.mjs), so the tests never read a
 * stale dist/ and never write one another suite may be reading. Built once per test run.
 */
export function webBundleText(): Promise<string> {
  bundled ??= (async () => {
    const { webBundleOptions } = (await import(
      pathToFileURL(repoPath('scripts', 'vscode', 'web-bundle.mjs')).href
    )) as WebBundleModule;
    const result = await build({
      ...webBundleOptions(REPO_ROOT, { production: true }),
      sourcemap: false,
      write: false,
      outfile: repoPath('out', 'web-bundle-test', 'extension.js'),
    });
    const [file] = result.outputFiles ?? [];
    if (!file) throw new Error('esbuild wrote no web bundle');
    return file.text;
  })();
  return bundled;
}
