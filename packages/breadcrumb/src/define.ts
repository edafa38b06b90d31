import { defineElement } from '@npower/core';
import { NpBreadcrumb } from './breadcrumb.js';

defineElement('np-breadcrumb', NpBreadcrumb);

// Keeps the class module, which types the tag, in this entry's declarations.
export type { NpBreadcrumb } from './breadcrumb.js';
