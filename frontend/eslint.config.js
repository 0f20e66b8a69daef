import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const features = ['account', 'company', 'subscriptions', 'seats', 'licenses', 'orders', 'support', 'backoffice'];

export default tseslint.config(
  { ignores: ['dist', 'src/lib/api/schema.ts', 'e2e/artifacts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // bulletproof-react: a feature never imports another feature; shared code lives in lib/ and components/.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: features.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}`, `@/features/${f}/*`, `**/features/${f}/*`]),
              message: 'Features must not import each other.',
            },
            { group: ['@/app', '@/app/*'], message: 'Features must not import the app layer.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['e2e/**/*.mjs'],
    extends: [js.configs.recommended],
    // node for the runner, browser for functions evaluated in the page
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
