import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { axeTags, pageRules } from '../test-support/axe-tags.js';
import { extractArgTypes } from './arg-types.js';
import { manifest } from './manifest.js';
import { themes } from './themes.js';

setCustomElementsManifest(manifest);
// Controls for every attribute, CSS custom property, CSS part and slot (see ./arg-types.ts).
// Arg names stay out of the descriptions; the widgets' own attribute changes (`layout` reflects)
// are not written back to the controls, whose stories share one observer on a docs page. No
// `useScopedStyles`: its rewriting of the tag name also hits `--np-breadcrumb-*` token names.
setStorybookHelpersConfig({ hideArgRef: true, disableArgObserver: true });

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The host page around the widgets (<html data-np-theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themes.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (<html dir>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', theme: 'default', direction: 'ltr' },
  decorators: [
    (story, { globals }) => {
      // The widgets follow <html lang> at run time, as they do on a partner's page.
      document.documentElement.lang = globals.locale ?? 'fr';
      document.documentElement.dir = globals.direction ?? 'ltr';
      // A theme is only tokens (and, for the dark page, the page's own colours): see ../stories/themes.
      if (globals.theme && globals.theme !== 'default') document.documentElement.dataset.npTheme = globals.theme;
      else delete document.documentElement.dataset.npTheme;
      return story();
    },
  ],
  parameters: {
    // The panel checks with the same rules as `npm test`: WCAG 2.2 AA and best practices.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: axeTags }, rules: pageRules } },
    controls: { expanded: true },
    options: { storySort: { order: ['N-POWER page', 'Widgets', 'Guides'] } },
    docs: { toc: true, extractArgTypes },
  },
  tags: ['autodocs'],
};

export default preview;
