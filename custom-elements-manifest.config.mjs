// Run from a package folder by scripts/check-manifest.mjs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
};
