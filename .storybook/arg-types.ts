import type { ArgTypes } from '@storybook/web-components-vite';
import { manifest } from './manifest.js';

interface ManifestItem {
  name: string;
  description?: string;
  kind?: string;
  type?: { text: string };
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}

const sections = [
  ['members', 'properties'],
  ['attributes', 'attributes'],
  ['events', 'events'],
  ['slots', 'slots'],
  ['cssProperties', 'css custom properties'],
  ['cssParts', 'css shadow parts'],
] as const;

/**
 * The docs tables from the manifest, as Storybook's own extractor builds them, except for the
 * keys. Storybook keys every row by its bare name, so a part, slot or custom property named like
 * an attribute (`total`, `chart`, `eu-emblem`…) silently replaced that attribute's row. Rows
 * other than attributes and properties (which controls set by name) are keyed by section.
 */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = (manifest.modules as { declarations?: ManifestDeclaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  for (const [field, category] of sections) {
    for (const item of declaration[field] ?? []) {
      if (item.kind === 'method') continue;
      const name = item.name || (field === 'slots' ? '(default)' : '');
      if (!name) continue;
      const key = category === 'attributes' || category === 'properties' ? name : `${category}:${name}`;
      argTypes[key] = {
        name,
        description: item.description,
        // Storybook infers controls from these names (`boolean`, `number`, `string`…), as its own extractor does.
        type: {
          name: (category === 'attributes' || category === 'properties' ? item.type?.text : category === 'slots' ? 'string' : 'void') as 'other',
          value: '',
        },
        table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
      };
    }
  }
  return argTypes;
}
