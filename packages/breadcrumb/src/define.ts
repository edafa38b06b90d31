import { defineElement } from '@npower/core';
import { NpBreadcrumb } from './breadcrumb.js';

defineElement('np-breadcrumb', NpBreadcrumb);
