import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The layers lean one way: shared <- backend <- main; shared <- renderer. A wrong import fails lint.
const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'kysely', 'kysely/*'],
  message: 'This layer runs outside Node: no Node built-ins or database packages.',
};
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and preload may use Electron.',
};
const layerImports = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.test-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': layerImports([
        noNode,
        noElectron,
        {
          group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
          message: 'shared/ imports neither side.',
        },
      ]),
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': layerImports([
        noElectron,
        {
          group: ['**/renderer/**', '**/main/**', '**/preload/**'],
          message: 'The backend leans only on shared/.',
        },
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': layerImports([
        { group: ['**/renderer/**'], message: 'The Electron shell does not import the renderer.' },
      ]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': layerImports([
        {
          group: ['**/renderer/**', '**/backend/**', '**/main/**'],
          message: 'The preload only bridges invoke().',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-imports': layerImports([
        noNode,
        noElectron,
        {
          group: ['**/electron/**'],
          message: 'The renderer talks to the backend only through window.imkon.',
        },
      ]),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // In tests a missing value should fail the test where it is read.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
