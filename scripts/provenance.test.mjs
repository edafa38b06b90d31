// The provenance check on manifests as a package would publish them, and with each field taken away.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { provenanceProblems } from './provenance.mjs';

const consentVideo = JSON.parse(readFileSync(new URL('../packages/consent-video/package.json', import.meta.url), 'utf8'));

test('every package of the monorepo can be published with provenance', () => {
  for (const folder of ['core', 'breadcrumb', 'consent', 'consent-video', 'funding-breakdown', 'partner-list', 'contact-card', 'widgets']) {
    const manifest = JSON.parse(readFileSync(new URL(`../packages/${folder}/package.json`, import.meta.url), 'utf8'));
    assert.deepEqual(provenanceProblems(manifest), [], folder);
  }
});

test('a manifest without repository, with another repository or folder, or without homepage or bugs is refused', () => {
  const without = (field) => Object.fromEntries(Object.entries(consentVideo).filter(([key]) => key !== field));
  assert.match(provenanceProblems(without('repository')).join(), /no "repository"/);
  assert.match(provenanceProblems({ ...consentVideo, repository: { ...consentVideo.repository, url: 'git+https://example.org/fork.git' } }).join(), /repository\.url/);
  assert.match(provenanceProblems({ ...consentVideo, repository: { ...consentVideo.repository, directory: 'packages/widgets' } }).join(), /repository\.directory/);
  assert.match(provenanceProblems(without('homepage')).join(), /homepage/);
  assert.match(provenanceProblems(without('bugs')).join(), /bugs/);
});
