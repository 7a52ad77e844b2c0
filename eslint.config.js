import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Text from data reaches the page only as text: use textContent or createElement.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|html)$/]", message: 'No HTML sinks: use textContent, setText or setDOMContent.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    // The core is DOM-free and map-free; imports flow core → adapters → main.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['maplibre-gl', 'maplibre-gl/*', 'd3-selection', 'd3-axis', 'd3-transition'], message: 'src/core must not depend on rendering libraries.' },
          { group: ['../map/*', '../timeline/*', '../ui/*', '../main', '../main.ts', '../../map/*', '../../timeline/*', '../../ui/*'], message: 'src/core must not import adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'localStorage'],
    },
  },
  {
    files: ['src/map/**/*.ts', 'src/timeline/**/*.ts', 'src/ui/**/*.ts', 'src/svg/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../main', '../main.ts'], message: 'Adapters must not import the composition root.' }] }],
    },
  },
  {
    // Tests break data on purpose, through untyped objects.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The embed loader runs as-is in other people's pages: plain browser script.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 2015, globals: { window: 'readonly', document: 'readonly', URL: 'readonly', isFinite: 'readonly' } },
    rules: { 'no-var': 'off', '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
