// ESLint (flat config) with typescript-eslint. Besides the recommended rules, `no-restricted-imports`
// encodes the layers of docs/architecture.md, so a wrong import fails `npm run lint` (and `npm test`):
//
//   src/core        pure: no `vscode`, no Node built-ins (it gets texts and paths from its callers)
//   src/core/parse  the parsers do not import the engine (they hand it ParseOutput)
//   src/cli         imports the core only through src/core/index.ts
//   src/extension   the only code that imports `vscode` (with the integration tests it runs); it also runs
//                   in a browser's web worker, so Node built-ins only in src/extension/node (the desktop entry)
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Core files allowed to use Node built-ins (adapters between the pure core and the platform). None
 * needs one today: the grammar's path comes from the caller. An adapter would be named here, and
 * only here.
 */
const CORE_NODE_ADAPTERS = [];

const NO_VSCODE = { name: 'vscode', message: 'Only src/extension imports vscode (docs/architecture.md).' };

const NO_NODE_BUILTINS = [
  ...builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({
      name,
      message: 'src/core is pure: the caller reads files and passes texts and paths in.',
    })),
  { name: 'web-tree-sitter/debug', message: 'Use web-tree-sitter.' },
];
const NO_NODE_PREFIX = {
  group: ['node:*'],
  message: 'src/core is pure: the caller reads files and passes texts and paths in.',
};
const NO_NODE_IN_EXTENSION = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({
      name,
      message:
        'The extension also runs in a browser: Node-only code goes in src/extension/node, behind ExtensionPlatform.',
    })),
  pattern: {
    group: ['node:*'],
    message:
      'The extension also runs in a browser: Node-only code goes in src/extension/node, behind ExtensionPlatform.',
  },
};
const NO_SURFACES = {
  group: ['**/cli/*', '**/cli', '**/extension/*', '**/extension'],
  message: 'src/core never imports the CLI or the extension.',
};
const NO_ENGINE_IN_PARSERS = {
  group: ['**/engine/*', '**/engine'],
  message: 'Parsers do not import the engine: shared types live in src/core/model.',
};
const CORE_ONLY_THROUGH_INDEX = {
  group: ['**/core/*', '!**/core/index'],
  message: 'The CLI imports the core only through src/core/index.ts.',
};

/** The layer rule for one area (flat config replaces a rule's options, so each area lists all it forbids). */
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.cache/**',
      'test-results/**',
      'test/fixtures/**',
      'examples/**',
      'bench/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals / noUnusedParameters) already reports these, with the same meaning.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-console': 'off',
    },
  },
  {
    // Node scripts and the CommonJS-free tools around the build.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
      },
    },
  },
  { files: ['src/**/*.ts', 'test/unit/**/*.ts', 'scripts/**/*', 'bench/**/*'], rules: restrict([NO_VSCODE]) },
  {
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/node/**'],
    rules: restrict(NO_NODE_IN_EXTENSION.paths, [NO_NODE_IN_EXTENSION.pattern]),
  },
  { files: ['src/extension/node/**/*.ts'], rules: restrict([]) },
  { files: ['src/cli/**/*.ts'], rules: restrict([NO_VSCODE], [CORE_ONLY_THROUGH_INDEX]) },
  {
    files: ['src/core/**/*.ts'],
    ignores: CORE_NODE_ADAPTERS,
    rules: restrict([NO_VSCODE, ...NO_NODE_BUILTINS], [NO_NODE_PREFIX, NO_SURFACES]),
  },
  {
    files: ['src/core/parse/**/*.ts'],
    rules: restrict([NO_VSCODE, ...NO_NODE_BUILTINS], [NO_NODE_PREFIX, NO_SURFACES, NO_ENGINE_IN_PARSERS]),
  },
);
