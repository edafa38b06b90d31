import breadcrumb from '@npower/breadcrumb/custom-elements.json';
import contactCard from '@npower/contact-card/custom-elements.json';
import consentVideo from '@npower/consent-video/custom-elements.json';
import fundingBreakdown from '@npower/funding-breakdown/custom-elements.json';
import partnerList from '@npower/partner-list/custom-elements.json';

interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

/** Storybook reads one manifest; each widget package ships its own. */
export const manifest: Manifest = {
  schemaVersion: breadcrumb.schemaVersion,
  modules: [breadcrumb, consentVideo, fundingBreakdown, partnerList, contactCard].flatMap((packageManifest: Manifest) => packageManifest.modules),
};
