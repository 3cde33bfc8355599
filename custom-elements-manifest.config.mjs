// Custom elements manifest from JSDoc (@summary, @fires, @csspart, @cssprop, @slot, attributes,
// properties), plus editor data generated from it: VS Code custom data and JetBrains web-types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

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
  ],
};
