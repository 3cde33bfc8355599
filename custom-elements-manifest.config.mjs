// Custom elements manifest from JSDoc (@summary, @fires, @csspart, @cssprop, @slot, attributes,
// properties), plus what is generated from it: editor data (VS Code custom data, JetBrains
// web-types) and framework typings (types/vue.d.ts, types/svelte.d.ts; see frameworkTypes below).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';

/** Framework typings are written here (outside dist/, which `vite build` empties) and published. */
const TYPES_DIR = 'types';
/** The element classes, as seen from TYPES_DIR: the npm build's type declarations. */
const ELEMENT_TYPES = '../dist/index.js';

/**
 * What the Vue and Svelte generators get: a copy of the manifest that says what a template can do.
 * - Read-only fields (`state`, `validity`, …) are left out: a template cannot set them.
 * - Every event is typed from `HTMLElementEventMap`, which the library augments with each `bw-`
 *   event (src/internal/events.ts), so handlers get the same detail type as `addEventListener`.
 * - Vue (`attributes: false`): props are the camelCase property names only, because Vue's
 *   type checker camelizes `list-view` to `listView` before checking a component's props.
 *   Svelte keeps the attribute names and adds the camelCase names of the properties behind them.
 */
function templateView(manifest, { attributes }) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    declaration.members = declaration.members?.filter((member) => !(member.kind === 'field' && member.readonly));
    for (const member of declaration.members ?? []) {
      // The generators list a field as a property only when no attribute stands for it.
      if (member.kind === 'field' && member.attribute && (!attributes || member.attribute !== member.name)) {
        delete member.attribute;
      }
    }
    if (!attributes) delete declaration.attributes;
    for (const event of declaration.events ?? []) event.type = { text: `HTMLElementEventMap["${event.name}"]` };
  }
  return copy;
}

/** Applies each [pattern, replacement] once or globally, and fails the build if one no longer matches. */
function rewrite(file, replacements) {
  let text = readFileSync(file, 'utf8');
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`${file}: the generator's output changed, ${pattern} no longer matches`);
    pattern.lastIndex = 0;
    const whole = text;
    text = text.replace(
      pattern,
      typeof replacement === 'function' ? (...match) => replacement(match[0], whole, ...match.slice(1)) : replacement,
    );
  }
  writeFileSync(file, text);
}

/** `bw-region-select` → `BwRegionSelect`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/** The generators wrap every event type in CustomEvent<…>; ours already is the event's type. */
const eventTypes = [/CustomEvent<(HTMLElementEventMap\["[\w-]+"\])>/g, '$1'];

/**
 * Runs the Vue and Svelte generators on `templateView` and corrects what they get wrong for these
 * elements:
 * - Vue: event props are `onBwRegionSelect` (what Vue's type checker looks up for
 *   `@bw-region-select`, and what Vue's runtime turns back into that listener), not
 *   `onbw-region-select`. Tags map to the element class with the props as `$props` (the shape
 *   Vue's docs give for custom elements), not to `DefineComponent`, so template refs are typed as
 *   the element. The generator's global `JSX.IntrinsicElements` entry (component constructors
 *   where attribute types belong, in the global JSX namespace) is replaced by Vue's own intrinsic
 *   element map.
 * - Svelte: properties are set as `listView={…}`, not `bind:listView` (Svelte cannot bind to a
 *   custom element's property); each event gets the Svelte 5 attribute `onbw-region-select`
 *   beside Svelte 4's `on:bw-region-select`; the base attributes are Svelte's own
 *   `HTMLAttributes` (the generator's refer to a JSX namespace Svelte does not have); and the
 *   `svelteHTML` namespace is declared global, as the file is a module.
 */
function frameworkTypes() {
  const vue = customElementVuejsPlugin({ outdir: TYPES_DIR, fileName: 'vue.d.ts', globalTypePath: ELEMENT_TYPES });
  const svelte = customElementSveltePlugin({
    outdir: TYPES_DIR,
    fileName: 'svelte.d.ts',
    globalTypePath: ELEMENT_TYPES,
  });
  return {
    name: 'bw-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      vue.packageLinkPhase({ customElementsManifest: templateView(customElementsManifest, { attributes: false }) });
      rewrite(join(TYPES_DIR, 'vue.d.ts'), [
        eventTypes,
        [/"?on([a-z][\w-]*)"?\?: \(e: /g, (_, _text, name) => `on${pascal(name)}?: (e: `],
        // Each tag's type: the element class with the props as `$props`.
        [/DefineComponent<(\w+)Props>/g, (_, _text, name) => `VueCustomElement<${name}, ${name}Props>`],
        [
          /import type \{ DefineComponent \} from "vue";/,
          `import type { HTMLAttributes, ReservedProps } from "vue";

/**
 * A custom element as Vue's type checker sees a component: a template ref is the element itself,
 * and \`$props\` is what a template may set on it.
 */
type VueCustomElement<Element extends HTMLElement, Props> = new () => Element & {
  /** @deprecated Types only: what a template may set. Elements have no \`$props\`. */
  $props: Props & Omit<HTMLAttributes, keyof Props> & ReservedProps;
};`,
        ],
        [
          /declare global \{\s*namespace JSX \{[^}]*\}\s*\}\s*\}/,
          (_, text) => {
            const entries = [...text.matchAll(/"([\w-]+)": VueCustomElement<\w+, (\w+)>;/g)];
            return `declare module "vue" {
  // Vue's JSX (jsxImportSource: "vue") reads element attributes from this map.
  interface IntrinsicElementAttributes {
${entries.map(([, tag, props]) => `    "${tag}": ${props} & Omit<HTMLAttributes, keyof ${props}>;`).join('\n')}
  }
}`;
          },
        ],
      ]);
      svelte.packageLinkPhase({ customElementsManifest: templateView(customElementsManifest, { attributes: true }) });
      rewrite(join(TYPES_DIR, 'svelte.d.ts'), [
        eventTypes,
        [/"bind:(\w+)"/g, '"$1"'],
        [/( *\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)"on:([\w-]+)"(\?: [^;]+;)/g, '$1"on$2"$3\n$1"on:$2"$3'],
        [/type BaseProps = \{[\s\S]*?\n\};/, 'type BaseProps = HTMLAttributes<HTMLElement>;'],
        [
          /Partial<(\w+)Props & BaseProps & BaseEvents>/g,
          'Partial<$1Props & BaseEvents> & Omit<BaseProps, keyof $1Props | keyof BaseEvents>',
        ],
        [
          /declare namespace svelteHTML \{[\s\S]*\}\s*$/,
          'declare global {\n  namespace svelteHTML {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n',
        ],
        [/^/, 'import type { HTMLAttributes } from "svelte/elements";\n'],
      ]);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: '.', packageJson: true, excludeCss: false }),
    frameworkTypes(),
  ],
};
