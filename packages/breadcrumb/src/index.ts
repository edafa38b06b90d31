export { NpBreadcrumb } from './breadcrumb.js';
export type { BreadcrumbItem } from './items.js';
export type { BreadcrumbMessages } from './breadcrumb.messages.js';
