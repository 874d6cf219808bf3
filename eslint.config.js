// Lint rules, chiefly the direction of imports between layers: core is pure; main, preload, renderer and
// cli each import core and never each other; only src/main/electron-app.ts touches `electron`. node-shared
// holds Node-only code that main and cli share (no rules: those live in core). The preload imports core
// types, and values only from core/ipc/ipc-channels (constants the CommonJS preload bundle inlines). Inside
// the renderer, app → features → store, data, services → storage → core, never upwards.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const SPREAD_CALLEES = '/^(push|unshift|splice|concat|max|min|fromCharCode|fromCodePoint|of|assign)$/';
const layer = (name) => ({ group: [`**/${name}/**`, `**/${name}`], message: `Do not import ${name} here.` });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'tests/**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs', 'scripts/**', 'tests/**', '*.config.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  // A call's spread arguments all go on the stack: `push(...claims)` or `Math.max(...values)` over a
  // library-sized list throws "Maximum call stack size exceeded" (about 100,000 arguments in V8). Loops,
  // `for...of` pushes or reduce do the same work in constant stack.
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=${SPREAD_CALLEES}] > SpreadElement`,
          message: 'No argument spread over a collection (stack overflow at scale); loop or use reduce.',
        },
        {
          selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
          message: 'No .apply over a collection (stack overflow at scale); loop or use reduce.',
        },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'pdfjs-dist', ...nodeBuiltins],
          patterns: [
            layer('main'),
            layer('preload'),
            layer('renderer'),
            layer('cli'),
            layer('node-shared'),
            { group: ['pdfjs-dist/*', 'react/*', 'react-dom/*', 'dexie*'], message: 'core is pure.' },
          ],
        },
      ],
    },
  },
  // Inside the renderer, data flows one way: the app shell lays out features; features read the store,
  // the library data and the services; those read storage; storage reads core. Nothing imports upwards.
  ...[
    ['src/renderer/**', []],
    ['src/renderer/features/**', ['app']],
    ['src/renderer/ui/**', ['app', 'features']],
    ['src/renderer/{data,services}/**', ['app', 'features', 'ui']],
    ['src/renderer/store/**', ['app', 'features', 'ui', 'data', 'services', 'storage']],
    ['src/renderer/storage/**', ['app', 'features', 'ui', 'data', 'services', 'store']],
  ].map(([files, above]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins],
          patterns: [
            layer('main'),
            layer('preload'),
            layer('cli'),
            layer('node-shared'),
            ...above.map(layer),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron-app.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only src/main/electron-app.ts imports electron.' },
            'react',
            'dexie',
          ],
          patterns: [layer('renderer'), layer('cli'), layer('preload')],
        },
      ],
    },
  },
  {
    files: ['src/node-shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'pdfjs-dist'],
          patterns: [layer('main'), layer('preload'), layer('renderer'), layer('cli')],
        },
      ],
    },
  },
  {
    files: ['src/main/electron-app.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'dexie'], patterns: [layer('renderer'), layer('cli')] },
      ],
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      // The typescript-eslint rule, which can let `import type` through for core.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'dexie', ...nodeBuiltins],
          patterns: [
            layer('renderer'),
            layer('cli'),
            layer('main'),
            layer('node-shared'),
            {
              regex: '(^|/)core/(?!ipc/ipc-channels$)',
              allowTypeImports: true,
              message: 'The preload imports only types from core, and values from core/ipc/ipc-channels.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie'],
          patterns: [layer('renderer'), layer('main'), layer('preload')],
        },
      ],
    },
  },
);
