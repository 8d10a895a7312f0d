import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  // bench/ is its own package (peer pages and a node script), linted by nobody's app rules.
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/**', 'public/embed.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of enum.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render dataset text as text.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render dataset text as text.' },
      ],
    },
  },
  // One-way layers (README, "Architecture"): start → app → features → ui → domain → data.
  // A feature never imports another feature; what two features share lives in ui/ or domain/.
  {
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/domain/**', '**/ui/**', '**/features/**', '**/app/**', '**/start/**'] }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/features/**', '**/app/**', '**/start/**', 'react', 'react-dom'] }] },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**', '**/start/**'] }] },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/start/**'], message: 'Features are composed by app/; they do not reach up.' },
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'A feature does not import another feature: move what both need to ui/ or domain/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/start/**'] }] },
  },
  {
    // What runs before React: the first script the page loads and what it holds. It must stay a
    // few kilobytes, so it may not pull in React, the data layer or any of the app statically;
    // the app arrives by the dynamic import() of main.tsx.
    files: ['src/start/boot.ts', 'src/start/heldInput.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'd3-*', 'valibot', '**/app/**', '**/features/**', '**/ui/**', '**/data/**', '**/domain/**'], message: 'boot.ts runs before the app: keep it free of the app\'s code (load it with import()).' }] },
      ],
    },
  },
  {
    // The browser context and its tab are reused between tests; tests/e2e/test.ts undoes what
    // Playwright's reset leaves (offline, permissions) and offers a tab of a test's own. A spec
    // that took Playwright's own `test` would inherit the previous test's network and permissions.
    files: ['tests/e2e/**'],
    ignores: ['tests/e2e/test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: 'Import test and expect from tests/e2e/test.ts.' }] },
      ],
    },
  },
);
