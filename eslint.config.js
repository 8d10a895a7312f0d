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
  {
    // One-way layers: data knows nothing above it; domain knows only data.
    files: ['src/data/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/domain/**', '**/components/**', '**/app/**'] }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/components/**', '**/app/**', 'react', 'react-dom'] }] },
  },
  {
    files: ['src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**'] }] },
  },
);
