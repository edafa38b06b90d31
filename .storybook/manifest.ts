import breadcrumb from '@npower/breadcrumb/custom-elements.json';
import contactCard from '@npower/contact-card/custom-elements.json';
import consentVideo from '@npower/consent-video/custom-elements.json';
import fundingBreakdown from '@npower/funding-breakdown/custom-elements.json';
import partnerList from '@npower/partner-list/custom-elements.json';

interface Member {
  static?: boolean;
}
interface Module {
  declarations?: { tagName?: string; members?: Member[] }[];
}
interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/**
 * Storybook reads one manifest; each widget package ships its own. Static members (`version`)
 * belong to the class, not to a widget on the page: they are not offered as controls.
 */
export const manifest: Manifest = {
  schemaVersion: breadcrumb.schemaVersion,
  modules: ([breadcrumb, consentVideo, fundingBreakdown, partnerList, contactCard] as Manifest[])
    .flatMap((packageManifest) => packageManifest.modules)
    .map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static),
      })),
    })),
};
