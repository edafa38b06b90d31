/*
 * Plone samples for the widgets' tests. Each one was produced from the source named in it: the
 * templates rendered with Chameleon (plain, so Zope path expressions were rewritten as the Python
 * they mean) and serialized by lxml as Plone's Diazo theming does; rich text typed in TinyMCE with
 * Plone's options and passed through Plone's safe_html filter, which keeps NBSP (U+00A0) and
 * U+202F as characters, written here as \u00a0 and \u202f.
 */
import type { BreadcrumbSample, ContactSample, FundingSample, PartnerSample } from './types.js';

/** Breadcrumb trails: Plone 6 classic, and the older markup Plone 5 and 4.3 sites such as liege.be still print. */
export const breadcrumbs: BreadcrumbSample[] = [
  // Plone 6 classic path bar for the liege.be trail: text "Accueil" home link, aria-label left untranslated, separators drawn by CSS.
  {
    cms: 'Plone 6',
    name: 'Plone 6 classic path bar (plone.app.layout path_bar.pt)',
    source:
      'plone/plone.app.layout src/plone/app/layout/viewlets/path_bar.pt (master, same in 6.x); "tabs_home" = "Accueil" and "breadcrumb" untranslated in collective/plone.app.locales src/plone/app/locales/locales/fr/LC_MESSAGES/plone.po; rendered with Chameleon and serialized by lxml as Diazo does; trail from shared/seed/n-power-project-page.txt',
    html: `<nav id="portal-breadcrumbs" aria-label="breadcrumb">
  <div class="container">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="https://www.liege.be/fr">Accueil</a></li>
      
        <li class="breadcrumb-item"><a href="https://www.liege.be/fr/vie-communale">Vie Communale</a></li>
        
      
        <li class="breadcrumb-item"><a href="https://www.liege.be/fr/vie-communale/services-communaux">Services communaux</a></li>
        
      
        <li class="breadcrumb-item"><a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers">Quartiers</a></li>
        
      
        <li class="breadcrumb-item"><a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe">Bressoux-Droixhe</a></li>
        
      
        
        <li class="breadcrumb-item active" aria-current="page">Projet Interreg EMR N-POWER</li>
      
    </ol>
  </div>
</nav>`,
    expected: [
      { label: 'Accueil', href: 'https://www.liege.be/fr' },
      { label: 'Vie Communale', href: 'https://www.liege.be/fr/vie-communale' },
      { label: 'Services communaux', href: 'https://www.liege.be/fr/vie-communale/services-communaux' },
      { label: 'Quartiers', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers' },
      { label: 'Bressoux-Droixhe', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe' },
      { label: 'Projet Interreg EMR N-POWER' },
    ],
  },
  // Plone 5 path bar: li#breadcrumbs-home, span#breadcrumbs-current, visually hidden "Vous êtes ici :" label that is not an item.
  {
    cms: 'Plone 6',
    name: 'Plone 5.x path bar (li#breadcrumbs-home, #breadcrumbs-current)',
    source:
      'plone/plone.app.layout plone/app/layout/viewlets/path_bar.pt (branch 2.5.x, Plone 5.x); "you_are_here" = "Vous êtes ici :" in collective/plone.app.locales fr plone.po; rendered with Chameleon; trail from shared/seed/n-power-project-page.txt',
    html: `<nav id="portal-breadcrumbs" class="plone-breadcrumb">
  <div class="container">
    <span id="breadcrumbs-you-are-here" class="hiddenStructure">Vous êtes ici :</span>
    <ol aria-labelledby="breadcrumbs-you-are-here">
      <li id="breadcrumbs-home">
        <a href="https://www.liege.be/fr">Accueil</a>
      </li>
      <li id="breadcrumbs-1">
        
          <a href="https://www.liege.be/fr/vie-communale">Vie Communale</a>
          
        
      </li>
      <li id="breadcrumbs-2">
        
          <a href="https://www.liege.be/fr/vie-communale/services-communaux">Services communaux</a>
          
        
      </li>
      <li id="breadcrumbs-3">
        
          <a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers">Quartiers</a>
          
        
      </li>
      <li id="breadcrumbs-4">
        
          <a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe">Bressoux-Droixhe</a>
          
        
      </li>
      <li id="breadcrumbs-5">
        
          
          <span id="breadcrumbs-current">Projet Interreg EMR N-POWER</span>
        
      </li>
    </ol>
  </div>
</nav>`,
    expected: [
      { label: 'Accueil', href: 'https://www.liege.be/fr' },
      { label: 'Vie Communale', href: 'https://www.liege.be/fr/vie-communale' },
      { label: 'Services communaux', href: 'https://www.liege.be/fr/vie-communale/services-communaux' },
      { label: 'Quartiers', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers' },
      { label: 'Bressoux-Droixhe', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe' },
      { label: 'Projet Interreg EMR N-POWER' },
    ],
  },
  // Plone 4.3 path bar as liege.be prints it ("Vous êtes ici : Accueil / Vie Communale / …"): visible label and "/" separators that are not items.
  {
    cms: 'Plone 6',
    name: 'Plone 4.3 path bar with "/" separators (liege.be N-POWER page)',
    source:
      'plone/plone.app.layout plone/app/layout/viewlets/path_bar.pt (branch 2.3.x, Plone 4.3); page https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe/projet-interreg-emr-n-power (shared/seed/n-power-project-page.txt)',
    html: `<div id="portal-breadcrumbs">

    <span id="breadcrumbs-you-are-here">Vous êtes ici :</span>
    <span id="breadcrumbs-home">
        <a href="https://www.liege.be/fr">Accueil</a>
        <span class="breadcrumbSeparator">
            /
            
        </span>
    </span>
    <span dir="ltr" id="breadcrumbs-1">
        
            <a href="https://www.liege.be/fr/vie-communale">Vie Communale</a>
            <span class="breadcrumbSeparator">
                /
                
            </span>
            
         
    </span>
    <span dir="ltr" id="breadcrumbs-2">
        
            <a href="https://www.liege.be/fr/vie-communale/services-communaux">Services communaux</a>
            <span class="breadcrumbSeparator">
                /
                
            </span>
            
         
    </span>
    <span dir="ltr" id="breadcrumbs-3">
        
            <a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers">Quartiers</a>
            <span class="breadcrumbSeparator">
                /
                
            </span>
            
         
    </span>
    <span dir="ltr" id="breadcrumbs-4">
        
            <a href="https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe">Bressoux-Droixhe</a>
            <span class="breadcrumbSeparator">
                /
                
            </span>
            
         
    </span>
    <span dir="ltr" id="breadcrumbs-5">
        
            
            
            <span id="breadcrumbs-current">Projet Interreg EMR N-POWER</span>
         
    </span>

</div>`,
    expected: [
      { label: 'Accueil', href: 'https://www.liege.be/fr' },
      { label: 'Vie Communale', href: 'https://www.liege.be/fr/vie-communale' },
      { label: 'Services communaux', href: 'https://www.liege.be/fr/vie-communale/services-communaux' },
      { label: 'Quartiers', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers' },
      { label: 'Bressoux-Droixhe', href: 'https://www.liege.be/fr/vie-communale/services-communaux/quartiers/bressoux-droixhe' },
      { label: 'Projet Interreg EMR N-POWER' },
    ],
  },
];

/** Budgets as an editor types them in Plone's TinyMCE. */
export const budgets: FundingSample[] = [
  // The budget exactly as the liege.be N-POWER page shows it: total in a paragraph with "." thousands, shares in a list without space before "%".
  {
    cms: 'Plone 6',
    name: 'TinyMCE paragraph + list, shares only (liege.be N-POWER page)',
    source:
      'shared/seed/n-power-project-page.txt (liege.be, "Budget : 539.349,58 €" and its list); markup as TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    lang: 'fr',
    html: `<p>Budget : 539.349,58 €</p>
<ul>
<li>FEDER 50%</li>
<li>Région wallonne 40%</li>
<li>Ville de Liège 10%</li>
</ul>`,
    expected: [
      { label: 'FEDER', share: 50 },
      { label: 'Région wallonne', share: 40 },
      { label: 'Ville de Liège', share: 10 },
    ],
    statedTotal: 539349.58,
  },
  // TinyMCE table inserted with Plone's "Insert table with header row" (class "listing", header row in thead as td), fr amounts with U+202F thousands and NBSP, "Total" row in tbody.
  {
    cms: 'Plone 6',
    name: 'TinyMCE table.listing with share and amount columns and a Total row in tbody',
    source:
      'plone/mockup src/pat/tinymce/tinymce--implementation.js (inserttable, headerRows: 1); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    lang: 'fr',
    html: `<table class="listing"><colgroup><col><col><col></colgroup>
<thead>
<tr>
<td>Financement</td>
<td>Part</td>
<td>Montant</td>
</tr>
</thead>
<tbody>
<tr>
<td>FEDER (Interreg V-A Euregio Meuse-Rhin)</td>
<td>50\u00a0%</td>
<td>269\u202f674,79\u00a0€</td>
</tr>
<tr>
<td>Région wallonne</td>
<td>40\u00a0%</td>
<td>215\u202f739,83\u00a0€</td>
</tr>
<tr>
<td>Ville de Liège</td>
<td>10\u00a0%</td>
<td>53\u202f934,96\u00a0€</td>
</tr>
<tr>
<td>Total</td>
<td>100\u00a0%</td>
<td>539\u202f349,58\u00a0€</td>
</tr>
</tbody>
</table>`,
    expected: [
      { label: 'FEDER (Interreg V-A Euregio Meuse-Rhin)', share: 50, amount: 269674.79 },
      { label: 'Région wallonne', share: 40, amount: 215739.83 },
      { label: 'Ville de Liège', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // TinyMCE list whose first label holds digits (programme and period), French NBSP before ":" and "%", total with NBSP thousands.
  {
    cms: 'Plone 6',
    name: 'TinyMCE list with digits in a label ("Interreg V-A 2014-2020 (FEDER) : 50 %")',
    source:
      'TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    lang: 'fr',
    html: `<p>Budget total\u00a0: 539\u00a0349,58\u00a0€</p>
<ul>
<li>Interreg V-A 2014-2020 (FEDER)\u00a0: 50\u00a0%</li>
<li>Région wallonne\u00a0: 40\u00a0%</li>
<li>Ville de Liège\u00a0: 10\u00a0%</li>
</ul>`,
    expected: [
      { label: 'Interreg V-A 2014-2020 (FEDER)', share: 50 },
      { label: 'Région wallonne', share: 40 },
      { label: 'Ville de Liège', share: 10 },
    ],
    statedTotal: 539349.58,
  },
  // English TinyMCE table.listing whose last row was made a footer row (Table row properties, row type Footer): the total sits in tfoot.
  {
    cms: 'Plone 6',
    name: 'TinyMCE table.listing with the total in tfoot (English amounts)',
    source:
      'TinyMCE mceTableRowType { type: "footer" } (row properties dialog); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    lang: 'en',
    html: `<table class="listing"><colgroup><col><col></colgroup>
<thead>
<tr>
<td>Funding source</td>
<td>Amount</td>
</tr>
</thead>
<tbody>
<tr>
<td>ERDF (Interreg Euregio Meuse-Rhine)</td>
<td>€269,674.79</td>
</tr>
<tr>
<td>Walloon Region</td>
<td>€215,739.83</td>
</tr>
<tr>
<td>City of Liège</td>
<td>€53,934.96</td>
</tr>
</tbody>
<tfoot>
<tr>
<td>Total</td>
<td>€539,349.58</td>
</tr>
</tfoot>
</table>`,
    expected: [
      { label: 'ERDF (Interreg Euregio Meuse-Rhine)', amount: 269674.79 },
      { label: 'Walloon Region', amount: 215739.83 },
      { label: 'City of Liège', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
];

/** Partner lists typed in Plone's TinyMCE. */
export const partners: PartnerSample[] = [
  // TinyMCE bulleted list, every partner linked with Plone's link dialog (external link); safe_html strips the data-linktype/data-val attributes.
  {
    cms: 'Plone 6',
    name: 'TinyMCE list of linked partners',
    source:
      'plone/mockup src/pat/tinymce/js/links.js (external link: data-linktype/data-val, which safe_html then drops); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    html: `<ul>
<li><a href="https://www.liege.be">Ville de Liège</a></li>
<li><a href="https://www.seraing.be">Ville de Seraing</a></li>
<li><a href="https://www.verviers.be">Ville de Verviers</a></li>
<li><a href="https://www.eupen.be">Stadt Eupen</a></li>
<li><a href="https://www.genk.be">Stad Genk</a></li>
<li><a href="https://www.heerlen.nl">Gemeente Heerlen</a></li>
<li><a href="https://www.aachen.de">Stadt Aachen</a></li>
</ul>`,
    expected: [
      { name: 'Ville de Liège', url: 'https://www.liege.be' },
      { name: 'Ville de Seraing', url: 'https://www.seraing.be' },
      { name: 'Ville de Verviers', url: 'https://www.verviers.be' },
      { name: 'Stadt Eupen', url: 'https://www.eupen.be' },
      { name: 'Stad Genk', url: 'https://www.genk.be' },
      { name: 'Gemeente Heerlen', url: 'https://www.heerlen.nl' },
      { name: 'Stadt Aachen', url: 'https://www.aachen.de' },
    ],
  },
  // Intro paragraph then a list where only some partners are linked, opened in a new window (target _blank, rel noopener added by TinyMCE).
  {
    cms: 'Plone 6',
    name: 'TinyMCE list, some partners linked with target _blank',
    source:
      'plone/mockup src/pat/tinymce/js/links.js (external link: data-linktype/data-val, which safe_html then drops); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    html: `<p>Partenaires opérationnels locaux :</p>
<ul>
<li><a href="https://www.liege.be" rel="noopener" target="_blank">Ville de Liège</a></li>
<li>Ville de Seraing</li>
<li>Ville de Verviers</li>
<li><a href="https://www.eupen.be" rel="noopener" target="_blank">Stadt Eupen</a></li>
<li>Stad Genk</li>
<li>Gemeente Heerlen</li>
<li><a href="https://www.aachen.de" rel="noopener" target="_blank">Stadt Aachen</a></li>
</ul>`,
    expected: [
      { name: 'Ville de Liège', url: 'https://www.liege.be' },
      { name: 'Ville de Seraing' },
      { name: 'Ville de Verviers' },
      { name: 'Stadt Eupen', url: 'https://www.eupen.be' },
      { name: 'Stad Genk' },
      { name: 'Gemeente Heerlen' },
      { name: 'Stadt Aachen', url: 'https://www.aachen.de' },
    ],
  },
];

/** Contact blocks, with the attributes a city puts on <np-contact-card> from them. */
export const contacts: ContactSample[] = [
  // Contact section of a Walloon municipality's Plone 6 site (iMio smartweb): tel: link built from the number as stored, spaces percent-encoded by lxml.
  {
    cms: 'Plone 6',
    name: 'iMio smartweb contact section (phones, mails, address)',
    source:
      'IMIO/imio.smartweb.core src/imio/smartweb/core/contents/sections/contact/macros.pt (contact_body; titles, contact_informations and address blocks), "Adresse" from IMIO/imio.smartweb.locales fr imio.smartweb.po; phone stored as in src/imio/smartweb/core/tests/test_rest_views.py ("+32 81 12 34 56"); rendered with Chameleon, serialized by lxml as Diazo does',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '+32 4 221 23 45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
      street: 'Place du Marché 2',
      'postal-code': '4000',
      locality: 'Liège',
    },
    html: `<div class="col body-section contact-type-organization " id="body-section-contact">
        

        

        <div class="contact_titles">
          <h2>Cellule N-POWER</h2>
          <div class="contact_subtitle">Ville de Liège</div>
        </div>

        <div class="contact_informations">

          
          <h3 class="informations">Contact</h3>

          
          <ul class="contact_informations_genral">
            <li class="work">
              
              <a href="tel:+32%204%20221%2023%2045">+32 4 221 23 45</a>
            </li>
            <li class="work">
              
              <a href="mailto:npower@liege.be">npower@liege.be</a>
            </li>
          </ul>
          
        </div>
        <div class="address">
          <div class="contact_address">

            
            <h3 class="address">Adresse</h3>

            <span class="street">Place du Marché 2</span>
            <span class="entity">4000 Liège</span>
            <span class="country">Belgique</span>
          </div>
          
        </div>

        

        

        

        
    </div>`,
    expected: { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' },
  },
  // Contact typed in TinyMCE with Shift+Enter line breaks, Belgian "04/221.23.45" spelling, e-mail through Plone's link dialog.
  {
    cms: 'Plone 6',
    name: 'TinyMCE paragraph with <br>, "04/221.23.45"',
    source:
      'plone/mockup src/pat/tinymce/js/links.js (email link: mailto:); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '04/221.23.45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
    },
    html: `<p><strong>Cellule N-POWER</strong><br>Ville de Liège<br>Tél.\u00a0: 04/221.23.45<br>Courriel : <a href="mailto:npower@liege.be">npower@liege.be</a></p>`,
    expected: { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' },
  },
  // One-line contact with a tel: link around "+32 (0)4 221 23 45" (link dialog, external link).
  {
    cms: 'Plone 6',
    name: 'TinyMCE sentence with a tel: link, "+32 (0)4 221 23 45"',
    source:
      'plone/mockup src/pat/tinymce/js/links.js (external link: data-linktype/data-val, which safe_html then drops); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '+32 (0)4 221 23 45',
      country: 'BE',
    },
    html: `<p>Pour en savoir plus : Cellule N-POWER, Ville de Liège – tél. <a href="tel:+3242212345">+32 (0)4 221 23 45</a></p>`,
    expected: { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' },
  },
  // English page, international prefix written "00 32".
  {
    cms: 'Plone 6',
    name: 'TinyMCE paragraph, "00 32 4 221 23 45"',
    source:
      'plone/mockup src/pat/tinymce/js/links.js (external link: data-linktype/data-val, which safe_html then drops); TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    attributes: {
      name: 'N-POWER project team',
      organization: 'City of Liège',
      phone: '00 32 4 221 23 45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
    },
    html: `<p><strong>N-POWER project team</strong>, City of Liège<br>Phone: 00 32 4 221 23 45<br>E-mail: <a href="mailto:npower@liege.be">npower@liege.be</a></p>`,
    expected: { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' },
  },
  // French sentence with "+ 32" (space after the plus) and NBSP before the colons.
  {
    cms: 'Plone 6',
    name: 'TinyMCE sentence, "+ 32 4 221 23 45"',
    source:
      'TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '+ 32 4 221 23 45',
      country: 'BE',
    },
    html: `<p>Contact\u00a0: Cellule N-POWER – Ville de Liège, tél.\u00a0: + 32 4 221 23 45</p>`,
    expected: { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' },
  },
  // German-speaking Eupen (Belgium): zone 087 written "087/59 58 00".
  {
    cms: 'Plone 6',
    name: 'TinyMCE paragraph, Eupen "087/59 58 00" (German, Belgian number)',
    source:
      'TinyMCE 7 with the options plone/Products.CMFPlone src/Products/CMFPlone/patterns/tinymce.py gives it (table_default_attributes class "listing", entity_encoding from plone/plone.base controlpanel.py: "raw"), then plone/Products.PortalTransforms src/Products/PortalTransforms/transforms/safe_html.py',
    attributes: {
      name: 'Stadt Eupen',
      phone: '087/59 58 00',
      country: 'BE',
      street: 'Am Stadthaus 1',
      'postal-code': '4700',
      locality: 'Eupen',
    },
    html: `<p><strong>Stadt Eupen</strong><br>Rathaus, Am Stadthaus 1, 4700 Eupen<br>Tel.: 087/59 58 00</p>`,
    expected: { phoneDisplay: '087 59 58 00', tel: 'tel:+3287595800' },
  },
];
