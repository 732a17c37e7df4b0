import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DEMO_AND_TOOLS = [
  {
    group: ['**/demo-world/**', '**/tools/**'],
    message: 'Serving code never imports demo data or tools.',
  },
  {
    group: ['**/demo.js', '**/scale.js'],
    message: 'A department slice is loaded by the tools only.',
  },
];

/** Who may import what: one `no-restricted-imports` rule per room. */
function boundaries() {
  const rule = (files, patterns, ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  });
  return [
    rule(
      ['shared/**/*.ts'],
      [
        {
          group: ['**/gateway/**', '**/subgraphs/**'],
          message: 'The runtime kit imports only itself.',
        },
        ...DEMO_AND_TOOLS,
      ],
    ),
    rule(
      ['gateway/**/*.ts'],
      [
        { group: ['**/subgraphs/**'], message: 'The gateway imports no department.' },
        ...DEMO_AND_TOOLS,
      ],
    ),
    rule(['subgraphs/**/*.ts'], DEMO_AND_TOOLS, ['subgraphs/*/demo.ts', 'subgraphs/*/scale.ts']),
    rule(
      ['subgraphs/*/resolvers/*.ts'],
      [
        { group: ['./*.resolver.js'], message: 'A resolver never imports another resolver.' },
        ...DEMO_AND_TOOLS,
      ],
    ),
    rule(
      ['demo-world/**/*.ts'],
      [
        {
          group: ['**/subgraphs/**', '**/tools/**', '**/gateway/**'],
          message: 'Demo data is data.',
        },
      ],
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Resolver methods return loader promises without awaiting them, which is the point.
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's global setup and teardown must be default exports.
      'no-restricted-syntax': 'off',
    },
  },
  // The rooms of the house (test/structure/imports.test.ts also checks cycles and departments).
  ...boundaries(),
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  // Tool configuration files must export a default.
  { files: ['*.js'], rules: { 'no-restricted-syntax': 'off' } },
);
