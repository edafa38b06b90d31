import type { ConsentAdapter } from '../types.js';
import { cookiebotAdapter } from './cookiebot.js';
import { cookieconsentAdapter } from './cookieconsent.js';
import { didomiAdapter } from './didomi.js';
import { klaroAdapter } from './klaro.js';
import { onetrustAdapter } from './onetrust.js';
import { orejimeAdapter } from './orejime.js';
import { orejime2Adapter } from './orejime2.js';
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
  orejime2Adapter(),
  tcfAdapter(),
];

export {
  cookiebotAdapter,
  cookieconsentAdapter,
  didomiAdapter,
  klaroAdapter,
  onetrustAdapter,
  orejimeAdapter,
  orejime2Adapter,
  tarteaucitronAdapter,
  tcfAdapter,
};
