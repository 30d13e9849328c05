// The project's conventions, enforced (`npm run lint`, part of `npm test`).
// ESLint reads its flat config from a default export: this file is the one exception to the
// no-default-export rule below (it is not linted: see the ignores).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Adapters reach the engine only through its public surface, src/core/index.ts. */
const ADAPTERS = ['src/vscode/**', 'src/node/**', 'src/cli.ts', 'src/extension.ts'];

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'dist-vsix/', '.vscode-test/', 'test-results/', 'bench/results/', 'eslint.config.mjs']),
  {
    files: ['**/*.{ts,mts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `import x = require('x')` is TypeScript's typed form for CommonJS modules (mocha); only untyped require() is flagged.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // The engine names character codes with const enums and compares them with charCodeAt() numbers by design.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use a named export: default exports get a different name at every import.' },
        { selector: "ExportSpecifier[exported.name='default']", message: 'Use a named export: default exports get a different name at every import.' },
      ],
    },
  },
  {
    // Plain JavaScript (launch scripts, the build, the bin stub) has no types to check.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ADAPTERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // core/view is the light part of that surface: what activation may load (see src/core/view.ts).
              regex: '^\\.\\.?/(?:.*/)?core/(?!view$)',
              message: "Import the engine through its public surface ('../core', or its light part '../core/view'); export what is missing from src/core/index.ts or view.ts.",
            },
          ],
        },
      ],
    },
  },
);
