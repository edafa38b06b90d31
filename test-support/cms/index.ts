/** Every sample of the corpus, by widget. */
import * as drupal from './drupal.js';
import * as joomla from './joomla.js';
import * as plone from './plone.js';
import * as typo3 from './typo3.js';
import * as wordpress from './wordpress.js';
import type { BreadcrumbSample, ContactSample, FundingSample, PartnerSample } from './types.js';

export type { BreadcrumbSample, ContactSample, FundingSample, PartnerSample } from './types.js';

export const breadcrumbs: BreadcrumbSample[] = [plone, drupal, wordpress, typo3, joomla].flatMap((cms) => cms.breadcrumbs);
export const budgets: FundingSample[] = [plone, drupal, wordpress, typo3, joomla].flatMap((cms) => cms.budgets);
export const partners: PartnerSample[] = [plone, drupal, wordpress].flatMap((cms) => cms.partners);
export const contacts: ContactSample[] = [plone, drupal, wordpress].flatMap((cms) => cms.contacts);
