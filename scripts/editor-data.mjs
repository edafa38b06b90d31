// Writes, from the package's Custom Elements Manifest, what editors and JSX projects read, into
// dist/ (shipped, referenced from package.json):
// - jsx.d.ts: `CustomElements` for React 19, Preact and other JSX projects' IntrinsicElements;
// - vscode.html-custom-data.json and vscode.css-custom-data.json: VS Code's custom data;
// - web-types.json: JetBrains IDEs' web-types.
// The generators are the maintained ones of the custom-elements-manifest ecosystem.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const quiet = { outdir: 'dist', hideLogs: true };

generateJsxTypes(manifest, { ...quiet, fileName: 'jsx.d.ts', globalTypePath: './index.js' });
// The generator wraps each event's type in CustomEvent<…>, and our manifests already name the
// event type (`CustomEvent<VideoActivateDetail>`, as `@fires` documents it): unwrap it, and
// import the detail types it names from the main entry, which exports them.
const jsx = readFileSync('dist/jsx.d.ts', 'utf8').replace(/CustomEvent<(CustomEvent<\w+>)>/g, '$1');
const details = [...new Set([...jsx.matchAll(/CustomEvent<(\w+)>/g)].map(([, type]) => type))];
writeFileSync('dist/jsx.d.ts', details.length ? `import type { ${details.join(', ')} } from "./index.js";\n${jsx}` : jsx);
generateVsCodeCustomElementData(manifest, {
  ...quiet,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...quiet, webTypesFileName: 'web-types.json', packageJson: false });
console.log(`${name}@${version}: dist/jsx.d.ts, dist/vscode.*-custom-data.json, dist/web-types.json`);
