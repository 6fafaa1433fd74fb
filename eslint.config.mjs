import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dexieOnlyInDb = {
  paths: [
    { name: 'dexie', message: 'Storage lives behind lib/db: call its named operations instead.' },
    { name: 'dexie-react-hooks', message: 'Read storage through the hooks in lib/hooks.' },
  ],
};

// Card text comes from other people: it reaches the page as text or through lib/cards' markdown
// subset rendered as React elements, never as HTML, and nothing is evaluated from strings. The page's
// Content-Security-Policy (scripts/csp-policy.mjs) blocks the same at run time.
const noHtmlOrEval = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text or React elements; HTML from strings is not allowed (allow-list in eslint.config.mjs).' },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Set textContent or build elements; HTML from strings is not allowed.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document'], CallExpression[callee.property.name='insertAdjacentHTML']", message: 'HTML from strings is not allowed.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'HTML from strings is not allowed.' },
];
/** Files allowed to use what noHtmlOrEval forbids, each with the reason. None so far. */
const htmlAllowList = [];

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
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    ignores: htmlAllowList,
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlOrEval],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
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
