import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dexieOnlyInDb = {
  paths: [
    { name: 'dexie', message: 'Storage lives behind lib/db: call its named operations instead.' },
    { name: 'dexie-react-hooks', message: 'Read storage through the hooks in lib/hooks.' },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['node_modules/**', '.next/**', 'out/**', 'public/**', 'bench-results/**', 'bench/**', 'test-results/**', 'next-env.d.ts']),
  {
    files: ['next.config.js', 'scripts/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['app/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', dexieOnlyInDb] },
  },
  {
    // lib/ is the pure core: no React, no Next, and Dexie only inside lib/db.
    files: ['lib/**'],
    ignores: ['lib/db/**', 'lib/hooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: dexieOnlyInDb.paths,
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'lib/ is plain TypeScript; React belongs in components/ and lib/hooks.' },
            { group: ['next', 'next/*'], message: 'lib/ does not depend on Next.js.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'next', 'next/*'], message: 'lib/db is framework-free.' }] },
      ],
    },
  },
]);
