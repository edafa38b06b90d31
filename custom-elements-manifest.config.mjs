// Run from a package folder by scripts/check-manifest.mjs.

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
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly],
};
