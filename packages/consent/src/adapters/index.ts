import type { ConsentAdapter } from '../types.js';
import { cookiebotAdapter } from './cookiebot.js';
import { cookieconsentAdapter } from './cookieconsent.js';
import { didomiAdapter } from './didomi.js';
import { klaroAdapter } from './klaro.js';
import { onetrustAdapter } from './onetrust.js';
import { orejimeAdapter } from './orejime.js';
import { tarteaucitronAdapter } from './tarteaucitron.js';
import { tcfAdapter } from './tcf.js';

/**
 * Every adapter, in the order they are asked. TCF comes last: Didomi, OneTrust and Cookiebot
 * also speak TCF, and their own API knows non-IAB vendors too.
 */
export const defaultAdapters = (): ConsentAdapter[] => [
  cookiebotAdapter(),
  onetrustAdapter(),
  didomiAdapter(),
  klaroAdapter(),
  tarteaucitronAdapter(),
  cookieconsentAdapter(),
  orejimeAdapter(),
  tcfAdapter(),
];

export {
  cookiebotAdapter,
  cookieconsentAdapter,
  didomiAdapter,
  klaroAdapter,
  onetrustAdapter,
  orejimeAdapter,
  tarteaucitronAdapter,
  tcfAdapter,
};
