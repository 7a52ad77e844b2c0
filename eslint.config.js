import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Text from data reaches the page only as text: use textContent or createElement.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|html)$/]", message: 'No HTML sinks: use textContent, setText or setDOMContent.' },
];

const FOLDERS = ['dom', 'theme', 'loader', 'map', 'svg', 'timeline', 'ui', 'present', 'mount'];

/** For each adapter folder, a rule refusing imports of the other folders (but those allowed) and of the root. */
function adapterRules(allowed) {
  return Object.entries(allowed).map(([folder, may]) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: FOLDERS.filter((f) => f !== folder && !may.includes(f)).flatMap((f) => [`../${f}/*`, `../../${f}/*`]), message: `src/${folder} may import only the core${may.length > 0 ? ` and ${may.join(', ')}` : ''} (docs/architecture.md).` },
          { group: ['../main', '../main.ts', '../mount', '../mount.ts', '../mapSlot', '../mapSlot.ts', '../../main.ts', '../../mount.ts', '../../mapSlot.ts'], message: 'Adapters must not import the composition root.' },
        ],
      }],
    },
  }));
}

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
    // Small files named after what they hold, and functions that fit on a screen.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The core is DOM-free and map-free; imports flow core → adapters → main.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['maplibre-gl', 'maplibre-gl/*', 'd3-selection', 'd3-axis', 'd3-transition'], message: 'src/core must not depend on rendering libraries.' },
          { group: [...FOLDERS.flatMap((f) => [`../${f}/*`, `../../${f}/*`]), '../main', '../main.ts', '../mount.ts', '../mapSlot.ts'], message: 'src/core must not import adapters.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'localStorage'],
    },
  },
  // Each adapter folder imports the core, the shared modules it needs and
  // nothing else: the layers of docs/architecture.md, checked here.
  ...adapterRules({
    dom: [], theme: [], loader: [],
    map: ['loader', 'theme'],
    svg: ['dom', 'loader', 'theme'],
    timeline: ['dom'],
    ui: ['dom'],
    present: ['dom', 'map', 'svg', 'theme'],
  }),
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
