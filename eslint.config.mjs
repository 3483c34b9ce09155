// Lint for main/, renderer/, shared/ and test/: typescript-eslint's recommended rules (syntax only:
// the type-checked set needs a TypeScript program per run and would slow `npm test` several times
// over) plus the habits of /work/shared/STYLE.md that a built-in rule can keep. `npm run lint`;
// `npm test` runs it after tsc. `npx eslint --fix .` makes the fixes of the fixable rules.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The sides of DESIGN.md (STYLE.md habit 1), as test/build/layers.test.ts states them. */
function sides(regex, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] };
}

/** Habit 13 in every test file: every test runs every time (skipIf states its reason); no fixed sleeps. */
const TEST_HABITS = [
  ...['describe', 'it', 'test'].flatMap((object) => ['only', 'skip', 'todo'].map((property) => ({ object, property, message: 'Every test runs: no .only, .skip or .todo (skipIf with its reason).' }))),
  { property: 'waitForTimeout', message: 'No fixed sleeps: wait for what the user would see.' },
];

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'resources/', '.cache/', 'test-results/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (a destructured field dropped, a
      // parameter a signature requires), the same convention tsc's noUnusedParameters follows.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `import type` when all is types, else `type` marks inside the import, as the code writes them;
      // `typeof import('…')` types the modules loaded lazily (resvg, mocked node:fs): allowed.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // …and an import of types only is `import type`, so no module is loaded for its types alone.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Habit 14, satisfies over as: an object literal is checked with `satisfies` or a typed
      // const, never asserted into shape.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The anti-pattern of STYLE.md: an empty catch hides the fault it caught.
      'no-empty': ['error', { allowEmptyCatch: false }],
      // Habit 11: small files; split past 400 lines.
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Dictionaries are one table of words per area, not code: their length is the UI's size.
    files: ['shared/i18n/**'],
    rules: { 'max-lines': 'off' },
  },
  {
    // main/core's output goes to the CLI's stdout (a JSON contract) or nowhere in the desktop
    // shell; the screens and shared/ have no console to speak to. Doors and scripts may print.
    files: ['main/core/**', 'renderer/**', 'shared/**'],
    rules: { 'no-console': 'error' },
  },
  { files: ['shared/**'], ignores: ['shared/charts/**'], rules: sides('^(electron|better-sqlite3|node:|react)|/(main|renderer)/', 'shared/ touches no environment') },
  // The charts are drawn for the screen, the printed page and the workbook: JSX only, no DOM.
  { files: ['shared/charts/**'], rules: sides('^(electron|better-sqlite3|node:|react-dom|react/(?!jsx-runtime))|/(main|renderer)/', 'shared/charts is markup, no environment') },
  // A vite config runs in Node at build time, not in the renderer.
  { files: ['renderer/**'], ignores: ['**/*.config.ts'], rules: sides('^(electron|better-sqlite3|node:)|/main/', 'the renderer talks only through the typed client') },
  { files: ['main/core/**'], rules: sides('^electron$|/(renderer|electron|server|cli)/', 'main/core is plain Node') },
  { files: ['main/server/**'], rules: sides('^electron$|/renderer/', 'browser mode runs without Electron') },
  { files: ['main/cli/**'], rules: sides('^electron$|/renderer/', 'the CLI runs without Electron') },
  {
    // The anti-patterns of STYLE.md: the window keeps its sandbox and isolation.
    files: ['main/electron/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'Property[key.name=/^(sandbox|contextIsolation|webSecurity)$/][value.value=false]', message: 'The window keeps its sandbox, isolation and web security.' },
        { selector: 'Property[key.name=/^nodeIntegration/][value.value=true]', message: 'No Node.js in the window: the preload exposes one typed object.' },
      ],
    },
  },
  {
    // Habit 13: every test runs every time (skipIf states its reason); no fixed sleeps.
    files: ['test/**', 'main/**/*.test.ts', 'shared/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error',
        ...TEST_HABITS,
      ],
    },
  },
  {
    // Habit 13: end-to-end tests reach the screens through their page objects (test/e2e/pages).
    files: ['test/e2e/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error',
        ...TEST_HABITS,
        { property: 'getByTestId', message: 'Reach the screen through its page object in test/e2e/pages (only page objects call getByTestId).' },
      ],
    },
  },
);
