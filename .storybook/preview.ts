import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { axeTags, pageRules } from '../test-support/axe-tags.js';
import { extractArgTypes } from './arg-types.js';
import { manifest } from './manifest.js';

setCustomElementsManifest(manifest);

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
  initialGlobals: { locale: 'fr', direction: 'ltr' },
  decorators: [
    (story, { globals }) => {
      // The widgets follow <html lang> at run time, as they do on a partner's page.
      document.documentElement.lang = globals.locale ?? 'fr';
      document.documentElement.dir = globals.direction ?? 'ltr';
      return story();
    },
  ],
  parameters: {
    // The panel checks with the same rules as `npm test`: WCAG 2.2 AA and best practices.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: axeTags }, rules: pageRules } },
    controls: { expanded: true },
    docs: { toc: true, extractArgTypes },
  },
  tags: ['autodocs'],
};

export default preview;
