// Run from a package folder by scripts/check-manifest.mjs.
import { readFileSync, readdirSync } from 'node:fs';

const coreStyles = new URL('./packages/core/src/styles.ts', import.meta.url);
const sharedTokens = JSON.parse(readFileSync(new URL('./packages/core/tokens.json', import.meta.url), 'utf8')).tokens;

/** Every `--np-*` custom property a stylesheet reads; `--_*` ones are private. */
function tokensRead(css) {
  return new Set([...css.matchAll(/var\((--np-[\w-]+)/g)].map((match) => match[1]));
}

/**
 * The page-level tokens (core's tokens.json, the contract cities theme against) are listed on
 * every widget that reads them, so Storybook offers them as controls and editors see them,
 * without each class repeating core's list. A token a widget reads that is documented neither
 * there nor in its own `@cssprop` fails the analysis: no setting goes undocumented.
 */
const sharedTokensListed = {
  name: 'npower-shared-tokens',
  packageLinkPhase({ customElementsManifest }) {
    const ownStyles = readdirSync('src').filter((file) => file.endsWith('.styles.ts'));
    if (!ownStyles.length) return;
    const read = tokensRead([coreStyles, ...ownStyles.map((file) => `src/${file}`)].map((file) => readFileSync(file, 'utf8')).join('\n'));
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        const documented = new Set((declaration.cssProperties ?? []).map((property) => property.name));
        const shared = sharedTokens.filter((token) => read.has(token.name) && !documented.has(token.name));
        declaration.cssProperties = [...(declaration.cssProperties ?? []), ...shared.map(({ name, default: value, description }) => ({ name, default: value, description }))];
        const undocumented = [...read].filter((name) => !documented.has(name) && !sharedTokens.some((token) => token.name === name));
        if (undocumented.length) throw new Error(`<${declaration.tagName}> reads ${undocumented.join(', ')}: add a @cssprop or a token in packages/core/tokens.json`);
      }
    }
  },
};

/**
 * Private members (`#fields`, `private` ones) are implementation, not API: editors and the
 * Storybook docs tables should list only what a partner site can use.
 */
const publicApiOnly = {
  name: 'npower-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/live-reload-probe.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly, sharedTokensListed],
};
