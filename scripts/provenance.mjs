// What `npm publish --provenance` needs of a published manifest besides publint's rules: npm
// refuses provenance unless `repository.url` names the repository the release ran from, and a
// package in a monorepo says where it lives (`repository.directory`). The repository is the
// one named in the root package.json; each package lives in packages/<name without its scope>.
import { readFileSync } from 'node:fs';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The problems with one manifest, as sentences; none when it can be published with provenance. */
export function provenanceProblems(manifest, repositoryUrl = root.repository?.url) {
  const problems = [];
  const { name, repository, homepage, bugs } = manifest;
  const folder = `packages/${String(name).replace(/^@[^/]+\//, '')}`;
  if (!repositoryUrl) problems.push('the root package.json names no repository');
  if (!repository || typeof repository !== 'object') problems.push(`${name}: no "repository" object (npm refuses provenance without one)`);
  else {
    if (repository.url !== repositoryUrl) problems.push(`${name}: repository.url is ${JSON.stringify(repository.url)}, expected ${repositoryUrl}`);
    if (repository.directory !== folder) problems.push(`${name}: repository.directory is ${JSON.stringify(repository.directory)}, expected ${folder}`);
  }
  if (typeof homepage !== 'string' || !homepage.startsWith('https://')) problems.push(`${name}: no https "homepage"`);
  if (typeof bugs?.url !== 'string' || !bugs.url.startsWith('https://')) problems.push(`${name}: no https "bugs.url"`);
  return problems;
}
