// ESLint: TypeScript, Lit templates and custom element best practice, plus the rules that keep
// the elements safe on strict-CSP and hostile host pages.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const forbiddenMarkup = [
  { name: 'lit/directives/unsafe-html.js', message: 'unsafeHTML injects markup: render text or templates instead.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'unsafeSVG injects markup: render svg`` templates instead.' },
  { name: 'lit/directives/unsafe-mathml.js', message: 'unsafeMathML injects markup.' },
  {
    name: 'lit-html/directives/unsafe-html.js',
    message: 'unsafeHTML injects markup: render text or templates instead.',
  },
  { name: 'lit-html/directives/unsafe-svg.js', message: 'unsafeSVG injects markup.' },
  { name: 'lit-html/directives/unsafe-mathml.js', message: 'unsafeMathML injects markup.' },
  { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'unsafeStatic injects markup into templates.' },
  { name: 'lit-html/static.js', importNames: ['unsafeStatic'], message: 'unsafeStatic injects markup into templates.' },
  {
    name: 'lit/directives/style-map.js',
    message:
      'styleMap writes style attributes, which strict CSP blocks: set values through the CSSOM or SVG attributes.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'types/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'bench/.out/',
      'custom-elements.json',
      '*.json',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: forbiddenMarkup }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'innerHTML parses markup: build nodes or use Lit templates.' },
        { property: 'outerHTML', message: 'outerHTML parses markup.' },
        { property: 'insertAdjacentHTML', message: 'insertAdjacentHTML parses markup.' },
        { property: 'setHTMLUnsafe', message: 'setHTMLUnsafe parses markup.' },
        { property: 'parseHTMLUnsafe', message: 'parseHTMLUnsafe parses markup.' },
        { property: 'createContextualFragment', message: 'createContextualFragment parses markup and runs scripts.' },
        { property: 'parseFromString', message: 'DOMParser parses markup.' },
        { property: 'srcdoc', message: 'srcdoc is a document made from markup.' },
        { object: 'document', property: 'writeln', message: 'document.writeln is forbidden.' },
        { object: 'document', property: 'write', message: 'document.write is forbidden.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML parses markup.' },
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
          message: 'Style attributes are blocked by strict CSP.',
        },
        {
          selector: 'TemplateElement[value.raw=/\\sstyle=/]',
          message: 'Inline style attributes are blocked by strict CSP: use classes, the CSSOM or SVG attributes.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-console': ['error', { allow: ['warn'] }],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    // Chai assertions such as `expect(x).to.exist` are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly' } },
  },
);
