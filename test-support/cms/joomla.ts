/*
 * Joomla 5 samples for the widgets' tests: mod_breadcrumbs' layout run with PHP (the Joomla classes
 * it calls replaced by stubs doing what the named Joomla code does), and articles typed in Joomla's
 * TinyMCE 6 with the plugin's options. NBSP (U+00A0) is written \u00a0.
 */
import type { BreadcrumbSample, FundingSample } from './types.js';

/** mod_breadcrumbs output (Cassiopeia prints the module with style "none", so no chrome around it). */
export const breadcrumbs: BreadcrumbSample[] = [
  // "You are here" hidden (showHere 0): the first li is the location icon divider; a menu heading (no link) prints a bare span; current item li.active.
  {
    cms: 'Joomla 5',
    name: "mod_breadcrumbs with the icon divider, a heading item and module title \"Fil d'Ariane\"",
    source:
      "joomla/joomla-cms modules/mod_breadcrumbs/tmpl/default.php (5.x: BreadcrumbList as JSON-LD through the WebAssetManager, no microdata), run with PHP; module title escaped with ENT_QUOTES; heading items get no link in joomla/joomla-cms libraries/src/Pathway/SitePathway.php; home text from the module's homeText field",
    html: `<nav class="mod-breadcrumbs__wrapper" aria-label="Fil d&#039;Ariane">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__divider float-start">
                <span class="divider icon-location icon-fw" aria-hidden="true"></span>
            </li>
        
        <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Accueil</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><span>Vie communale</span></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/vie-communale/quartiers" class="pathway"><span>Quartiers</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/vie-communale/quartiers/bressoux-droixhe" class="pathway"><span>Bressoux-Droixhe</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Projet Interreg EMR N-POWER</span></li>    </ol>
    </nav>`,
    expected: [
      { label: 'Accueil', href: '/' },
      { label: 'Vie communale' },
      { label: 'Quartiers', href: '/vie-communale/quartiers' },
      { label: 'Bressoux-Droixhe', href: '/vie-communale/quartiers/bressoux-droixhe' },
      { label: 'Projet Interreg EMR N-POWER' },
    ],
  },
  // Default module options (showHere 1): "You are here: &#160;" li first, links through /index.php/ (no URL rewriting).
  {
    cms: 'Joomla 5',
    name: 'mod_breadcrumbs with "You are here:" and /index.php/ URLs',
    source:
      'joomla/joomla-cms modules/mod_breadcrumbs/tmpl/default.php (5.x: BreadcrumbList as JSON-LD through the WebAssetManager, no microdata), run with PHP; MOD_BREADCRUMBS_HERE and MOD_BREADCRUMBS_HOME from joomla/joomla-cms language/en-GB/mod_breadcrumbs.ini',
    html: `<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                You are here: &#160;
            </li>
        
        <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/projects" class="pathway"><span>Projects</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/projects/interreg-euregio-meuse-rhine" class="pathway"><span>Interreg Euregio Meuse-Rhine</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>N-POWER: Neighbourhood Empowerment</span></li>    </ol>
    </nav>`,
    expected: [
      { label: 'Home', href: '/index.php' },
      { label: 'Projects', href: '/index.php/projects' },
      { label: 'Interreg Euregio Meuse-Rhine', href: '/index.php/projects/interreg-euregio-meuse-rhine' },
      { label: 'N-POWER: Neighbourhood Empowerment' },
    ],
  },
];

/** Budgets typed in Joomla's TinyMCE. */
export const budgets: FundingSample[] = [
  // German table: header row in thead, last row turned into a footer row, so "Gesamt" sits in tfoot; amounts "269.674,79 €".
  {
    cms: 'Joomla 5',
    name: 'TinyMCE table with style/border attributes and the total in tfoot (German)',
    source:
      "TinyMCE 6 (joomla/joomla-cms package.json \"tinymce\": \"^6.5.1\") with the options of joomla/joomla-cms plugins/editors/tinymce/src/PluginTraits/DisplayTrait.php (no table defaults, so TinyMCE's border=\"1\" and border-collapse/width styles); row type Footer (mceTableRowType)",
    lang: 'de',
    html: `<table style="border-collapse: collapse; width: 100%;" border="1"><colgroup><col style="width: 50%;"><col style="width: 50%;"></colgroup>
<thead>
<tr>
<td>Finanzierung</td>
<td>Betrag</td>
</tr>
</thead>
<tbody>
<tr>
<td>EFRE (Interreg Euregio Maas-Rhein)</td>
<td>269.674,79 €</td>
</tr>
<tr>
<td>Wallonische Region</td>
<td>215.739,83 €</td>
</tr>
<tr>
<td>Stadt Lüttich</td>
<td>53.934,96 €</td>
</tr>
</tbody>
<tfoot>
<tr>
<td>Gesamt</td>
<td>539.349,58 €</td>
</tr>
</tfoot>
</table>`,
    expected: [
      { label: 'EFRE (Interreg Euregio Maas-Rhein)', amount: 269674.79 },
      { label: 'Wallonische Region', amount: 215739.83 },
      { label: 'Stadt Lüttich', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // Dutch table without header row, shares and "€ 269.674,79" amounts, "Totaal" as the last tbody row.
  {
    cms: 'Joomla 5',
    name: 'TinyMCE table with a "Totaal" row in tbody (Dutch)',
    source:
      "TinyMCE 6 (joomla/joomla-cms package.json \"tinymce\": \"^6.5.1\") with the options of joomla/joomla-cms plugins/editors/tinymce/src/PluginTraits/DisplayTrait.php (no table defaults, so TinyMCE's border=\"1\" and border-collapse/width styles)",
    lang: 'nl',
    html: `<table style="border-collapse: collapse; width: 100%;" border="1"><colgroup><col style="width: 33.2888%;"><col style="width: 33.2888%;"><col style="width: 33.2888%;"></colgroup>
<tbody>
<tr>
<td>EFRO (Interreg Euregio Maas-Rijn)</td>
<td>50%</td>
<td>€ 269.674,79</td>
</tr>
<tr>
<td>Waals Gewest</td>
<td>40%</td>
<td>€ 215.739,83</td>
</tr>
<tr>
<td>Stad Luik</td>
<td>10%</td>
<td>€ 53.934,96</td>
</tr>
<tr>
<td>Totaal</td>
<td>100%</td>
<td>€ 539.349,58</td>
</tr>
</tbody>
</table>`,
    expected: [
      { label: 'EFRO (Interreg Euregio Maas-Rijn)', share: 50, amount: 269674.79 },
      { label: 'Waals Gewest', share: 40, amount: 215739.83 },
      { label: 'Stad Luik', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // French list on a site whose TinyMCE "Entity Encoding" option is "named": &nbsp;, &euro;, &eacute; entities in the stored text.
  {
    cms: 'Joomla 5',
    name: 'TinyMCE list with named entities (entity_encoding "named")',
    source:
      "TinyMCE 6 (joomla/joomla-cms package.json \"tinymce\": \"^6.5.1\") with the options of joomla/joomla-cms plugins/editors/tinymce/src/PluginTraits/DisplayTrait.php (no table defaults, so TinyMCE's border=\"1\" and border-collapse/width styles); entity_encoding \"named\" from joomla/joomla-cms plugins/editors/tinymce/forms/setoptions.xml",
    lang: 'fr',
    html: `<p><strong>Budget total&nbsp;: 539&nbsp;349,58&nbsp;&euro;</strong></p>
<ul>
<li>FEDER&nbsp;: 50&nbsp;%</li>
<li>R&eacute;gion wallonne&nbsp;: 40&nbsp;%</li>
<li>Ville de Li&egrave;ge&nbsp;: 10&nbsp;%</li>
</ul>`,
    expected: [
      { label: 'FEDER', share: 50 },
      { label: 'Région wallonne', share: 40 },
      { label: 'Ville de Liège', share: 10 },
    ],
    statedTotal: 539349.58,
  },
];
