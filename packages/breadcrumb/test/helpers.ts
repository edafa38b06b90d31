import { nextFrame } from '@open-wc/testing';
import type { NpBreadcrumb } from '../src/breadcrumb.js';

export const shadow = (el: NpBreadcrumb) => el.shadowRoot!;
export const nav = (el: NpBreadcrumb) => shadow(el).querySelector('nav')!;
export const items = (el: NpBreadcrumb) => [...shadow(el).querySelectorAll('li')];
export const links = (el: NpBreadcrumb) => [...shadow(el).querySelectorAll('a')];
export const current = (el: NpBreadcrumb) => shadow(el).querySelector('[aria-current="page"]');
export const expandButton = (el: NpBreadcrumb) => shadow(el).querySelector('button');
export const labels = (el: NpBreadcrumb) => items(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Waits for a MutationObserver callback and the render it causes. */
export async function settled(el: NpBreadcrumb): Promise<void> {
  await nextFrame();
  await el.updateComplete;
}

export const seedTrail = [
  { label: 'Accueil', href: '/' },
  { label: 'Vie Communale', href: '/vie-communale' },
  { label: 'Services communaux', href: '/vie-communale/services-communaux' },
  { label: 'Quartiers', href: '/vie-communale/services-communaux/quartiers' },
  { label: 'Bressoux-Droixhe', href: '/vie-communale/services-communaux/quartiers/bressoux-droixhe' },
  { label: 'Projet Interreg EMR N-POWER' },
];
