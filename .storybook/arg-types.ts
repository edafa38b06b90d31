import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { manifest } from './manifest.js';

/**
 * The args @wc-toolkit/storybook-helpers adds next to the attributes: each CSS custom property
 * under its own name (`--np-breadcrumb-separator`), each CSS part as `<part>-part` (CSS
 * declarations for `::part(<part>)`), each slot as `<slot>-slot` (`default-slot`: HTML).
 */
export type StyleArgs = { [name: `--${string}` | `${string}-part` | `${string}-slot`]: string | undefined };

const tagNames = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName));

/**
 * The docs tables and controls of every story whose `component` is a widget, from its manifest,
 * by @wc-toolkit/storybook-helpers: attributes and properties, CSS custom properties (a colour
 * picker for `<color>` ones and names with `color`), CSS parts, slots, events and methods.
 *
 * Storybook's own extractor keyed every row by its bare name, so a part, slot or custom property
 * named like an attribute (`total`, `chart`, `eu-emblem`…) silently replaced the attribute's row,
 * and typed custom properties as `void`, which drops their values from shared URLs. The helper
 * keys rows by category (`--name`, `name-part`, `name-slot`, `name-event`); the rows it hides
 * only masked Storybook's extractor, which this one replaces.
 */
export function extractArgTypes(tagName: string): ArgTypes | null {
  if (!tagNames.has(tagName)) return null;
  return Object.fromEntries(
    Object.entries(getStorybookHelpers(tagName).argTypes)
      .filter(([, argType]) => !argType.table?.disable)
      .map(([key, { control: shorthand, type, ...argType }]) => {
        // Storybook expands these shorthands in a story's `argTypes`, not in extracted ones.
        const control = typeof shorthand === 'string' ? { type: shorthand } : shorthand === false ? { disable: true } : shorthand;
        // Custom properties, parts and slots come untyped, and Storybook lists the args it has to
        // type itself first: typed here, they keep the helper's order, attributes first.
        const name = control?.type === 'number' ? 'number' : 'string';
        return [key, { ...argType, control, type: typeof type === 'string' ? { name: type } : (type ?? (control?.type && { name })) }];
      }),
  ) as ArgTypes;
}

/**
 * The helper's `args` (each control at its default) and `template(args, lightDom)`, which renders
 * the widget with its attributes, the custom properties and `::part` rules in a `<style>`, and its
 * events in the Actions panel.
 *
 * The helper starts a control with no default at ""; a property without an attribute (`items`,
 * `partners`, `contact`) would then be set to "" and read as unreadable data. Those start unset,
 * as on a page.
 */
export function widgetHelpers<T>(tagName: string) {
  const helpers = getStorybookHelpers<T>(tagName);
  const args = Object.fromEntries(
    Object.entries(helpers.args).filter(([name]) => helpers.argTypes[name]?.table?.category !== 'properties'),
  );
  return { args, template: helpers.template };
}
