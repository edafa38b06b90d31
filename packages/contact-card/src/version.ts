// Kept equal to package.json by scripts/sync-versions.mjs (run by `npm run version`).
export const version = '0.0.0';
