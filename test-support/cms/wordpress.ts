/*
 * WordPress 6: what the SEO plugins, a theme and the block editor print, for the widgets' tests.
 *
 * Each sample is rebuilt from the code that prints it (repository and path in `source`), with the
 * options and strings said in its comment. The site is a city site at https://www.liege.be with
 * the page trail Accueil › Vie communale › Quartiers › Bressoux-Droixhe › Projet N-POWER.
 * WordPress runs in fr_FR, where "Home" is "Accueil"; other interface strings whose translation
 * was not checked (aria-label "Breadcrumbs", NavXT's "Go to %title%.") are left as the code has them.
 *
 * Spaces: the block editor saves a no-break space as the character itself (rich text escapes only
 * `&` and `<`, @wordpress/escape-html escapeEditableHTML), written here '\u00a0' / '\u202f'; the
 * entity `&nbsp;` only survives in text typed in the Code editor, and is kept as such.
 * Lists: every list item is an inner block, so the front end prints "\n<li>…</li>\n" items joined
 * by "\n\n" (packages/blocks/src/api/serializer.js getCommentDelimitedContent, inner blocks
 * joined with "\n\n"; WP_Block::render keeps the text between them).
 */
import type { BreadcrumbSample, ContactSample, FundingSample, PartnerSample } from './types.js';

const site = 'https://www.liege.be';
const home = 'https://www.liege.be/';
const vieCommunale = 'https://www.liege.be/vie-communale/';
const quartiers = 'https://www.liege.be/vie-communale/quartiers/';
const bressoux = 'https://www.liege.be/vie-communale/quartiers/bressoux-droixhe/';
const projet = 'https://www.liege.be/vie-communale/quartiers/bressoux-droixhe/projet-n-power/';

/** The trail with the page permalinks, home as home_url( '/' ). */
const trail = [
  { label: 'Accueil', href: home },
  { label: 'Vie communale', href: vieCommunale },
  { label: 'Quartiers', href: quartiers },
  { label: 'Bressoux-Droixhe', href: bressoux },
  { label: 'Projet N-POWER' },
];

export const breadcrumbs: BreadcrumbSample[] = [
  // Yoast SEO through the template tag yoast_breadcrumb( '<p id="breadcrumbs">', '</p>' ): a <span> wrapper,
  // one closed <span> per crumb, the default separator option '&raquo;' printed as is between spaces.
  {
    cms: 'WordPress 6',
    name: 'Yoast SEO breadcrumb (yoast_breadcrumb template tag)',
    source:
      'Yoast/wordpress-seo src/presenters/breadcrumbs-presenter.php (present, crumb_to_link; as tests/Unit/Presenters/Breadcrumbs_Presenter_Test.php expects), inc/options/class-wpseo-option-titles.php (breadcrumbs-sep &raquo;)',
    html:
      '<p id="breadcrumbs"><span>' +
      `<span><a href="${home}">Accueil</a></span> &raquo; ` +
      `<span><a href="${vieCommunale}">Vie communale</a></span> &raquo; ` +
      `<span><a href="${quartiers}">Quartiers</a></span> &raquo; ` +
      `<span><a href="${bressoux}">Bressoux-Droixhe</a></span> &raquo; ` +
      '<span class="breadcrumb_last" aria-current="page">Projet N-POWER</span>' +
      '</span></p>',
    expected: trail,
  },
  // Yoast SEO breadcrumbs block (<div class="yoast-breadcrumbs">) with "Bold the last page" on and the home text
  // replaced by an icon with the wpseo_breadcrumb_output filter of Yoast's documentation ('>Accueil<' here).
  {
    cms: 'WordPress 6',
    name: 'Yoast SEO breadcrumbs block, icon-only home link with aria-label, bold last crumb',
    source:
      'Yoast/wordpress-seo src/integrations/blocks/breadcrumbs-block.php and src/presenters/breadcrumbs-presenter.php; home icon filter override_home_icon from https://developer.yoast.com/features/blocks/breadcrumbs',
    html:
      '<div class="yoast-breadcrumbs"><span>' +
      `<span><a href="${home}" aria-label="Accueil"><i class="fa fa-homeicon" aria-hidden="true"></i></a></span> &raquo; ` +
      `<span><a href="${vieCommunale}">Vie communale</a></span> &raquo; ` +
      `<span><a href="${quartiers}">Quartiers</a></span> &raquo; ` +
      `<span><a href="${bressoux}">Bressoux-Droixhe</a></span> &raquo; ` +
      '<span class="breadcrumb_last" aria-current="page"><strong>Projet N-POWER</strong></span>' +
      '</span></div>',
    expected: trail,
  },
  // Rank Math (rank_math_the_breadcrumbs() or [rank_math_breadcrumb]) with the separator "»" chosen in the
  // settings (stored htmlentities-encoded as &raquo;); home link home_url() without a trailing slash.
  {
    cms: 'WordPress 6',
    name: 'Rank Math breadcrumbs, separator »',
    source:
      'rankmath/seo-by-rank-math includes/frontend/class-breadcrumbs.php (get_breadcrumb, maybe_add_home_crumb, add_crumbs_singular), includes/helpers/class-choices.php (choices_separator)',
    html:
      '<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>' +
      `<a href="${site}">Accueil</a><span class="separator"> &raquo; </span>` +
      `<a href="${vieCommunale}">Vie communale</a><span class="separator"> &raquo; </span>` +
      `<a href="${quartiers}">Quartiers</a><span class="separator"> &raquo; </span>` +
      `<a href="${bressoux}">Bressoux-Droixhe</a><span class="separator"> &raquo; </span>` +
      '<span class="last">Projet N-POWER</span>' +
      '</p></nav>',
    expected: [{ label: 'Accueil', href: site }, ...trail.slice(1)],
  },
  // Rank Math inside the Kadence theme's wrapper (breadcrumb engine "Rank Math"), default separator "-",
  // with a "Prefix Breadcrumb" set in Rank Math's settings: the prefix is not a crumb.
  {
    cms: 'WordPress 6',
    name: 'Rank Math breadcrumbs in the Kadence theme, prefix label, separator -',
    source:
      'rankmath/seo-by-rank-math includes/frontend/class-breadcrumbs.php (prefix <span class="label">), includes/class-installer.php (breadcrumbs_separator "-"); Kadence wrapper from openlab-at-city-tech/openlab wp-content/themes/kadence/inc/components/breadcrumbs/component.php (print_breadcrumb)',
    html:
      '<div class="kadence-breadcrumbs rankmath-bc-wrap"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>' +
      '<span class="label">Vous êtes ici :</span> ' +
      `<a href="${site}">Accueil</a><span class="separator"> - </span>` +
      `<a href="${vieCommunale}">Vie communale</a><span class="separator"> - </span>` +
      `<a href="${quartiers}">Quartiers</a><span class="separator"> - </span>` +
      `<a href="${bressoux}">Bressoux-Droixhe</a><span class="separator"> - </span>` +
      '<span class="last">Projet N-POWER</span>' +
      '</p></nav></div>',
    expected: [{ label: 'Accueil', href: site }, ...trail.slice(1)],
  },
  // Breadcrumb NavXT with its default templates, in the plugin's "Quick Start" theme snippet
  // (<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">, then "\n\t" and bcn_display()).
  // Home crumb: the site name (blogname "Ville de Liège") linked to get_home_url(); separator ' &gt; ';
  // the unused bcn-aria-current placeholder leaves a space before ">"; the current page is unlinked.
  {
    cms: 'WordPress 6',
    name: 'Breadcrumb NavXT, default templates (RDFa BreadcrumbList)',
    source:
      'mtekk/Breadcrumb-NavXT class.bcn_breadcrumb.php (get_default_template, default_template_no_anchor, assemble), class.bcn_breadcrumb_trail.php (do_home, post_parents, do_post, display_loop), breadcrumb-navxt.php (hseparator), class.bcn_admin.php (Quick Start snippet)',
    html:
      '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">\n\t' +
      `<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Ville de Liège." href="${site}" class="home" ><span property="name">Ville de Liège</span></a><meta property="position" content="1"></span> &gt; ` +
      `<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Vie communale." href="${vieCommunale}" class="post post-page" ><span property="name">Vie communale</span></a><meta property="position" content="2"></span> &gt; ` +
      `<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Quartiers." href="${quartiers}" class="post post-page" ><span property="name">Quartiers</span></a><meta property="position" content="3"></span> &gt; ` +
      `<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Bressoux-Droixhe." href="${bressoux}" class="post post-page" ><span property="name">Bressoux-Droixhe</span></a><meta property="position" content="4"></span> &gt; ` +
      `<span property="itemListElement" typeof="ListItem"><span property="name" class="post post-page current-item">Projet N-POWER</span><meta property="url" content="${projet}"><meta property="position" content="5"></span>` +
      '</div>',
    expected: [{ label: 'Ville de Liège', href: site }, ...trail.slice(1)],
  },
  // Breadcrumb NavXT in list form: the Quick Start <ol> snippet around bcn_display_list(), each crumb in
  // "<li%3$s>%1$s</li>\n" with the crumb's types as class; no separators are printed.
  {
    cms: 'WordPress 6',
    name: 'Breadcrumb NavXT, list form in <ol class="breadcrumbs">',
    source:
      'mtekk/Breadcrumb-NavXT breadcrumb-navxt.php (bcn_display_list template "<li%3$s>%1$s</li>\\n"), class.bcn_breadcrumb_trail.php (display_loop class attribute), class.bcn_breadcrumb.php (default templates), class.bcn_admin.php (Quick Start list snippet)',
    html:
      '<ol class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">\n\t' +
      `<li class="home"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Ville de Liège." href="${site}" class="home" ><span property="name">Ville de Liège</span></a><meta property="position" content="1"></span></li>\n` +
      `<li class="post post-page"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Vie communale." href="${vieCommunale}" class="post post-page" ><span property="name">Vie communale</span></a><meta property="position" content="2"></span></li>\n` +
      `<li class="post post-page"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Quartiers." href="${quartiers}" class="post post-page" ><span property="name">Quartiers</span></a><meta property="position" content="3"></span></li>\n` +
      `<li class="post post-page"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Go to Bressoux-Droixhe." href="${bressoux}" class="post post-page" ><span property="name">Bressoux-Droixhe</span></a><meta property="position" content="4"></span></li>\n` +
      `<li class="post post-page current-item"><span property="itemListElement" typeof="ListItem"><span property="name" class="post post-page current-item">Projet N-POWER</span><meta property="url" content="${projet}"><meta property="position" content="5"></span></li>\n` +
      '</ol>',
    expected: [{ label: 'Ville de Liège', href: site }, ...trail.slice(1)],
  },
  // Kadence theme's own breadcrumbs with "Show Home as icon" (breadcrumb_home_icon): the home link holds only an
  // aria-hidden SVG, so its name is the link's title "Accueil" (__( 'Home', 'kadence' ) in French).
  {
    cms: 'WordPress 6',
    name: 'Kadence theme breadcrumbs, icon-only home link named by its title',
    source:
      'Kadence theme as copied in openlab-at-city-tech/openlab: wp-content/themes/kadence/inc/components/breadcrumbs/component.php (get_breadcrumb, get_crumbs_frontpage, get_crumbs_page, get_link, get_sep) and wp-content/themes/kadence/inc/components/icons/component.php (get_icon "home")',
    html:
      '<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs"  class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">' +
      `<span><a href="${home}" title="Accueil" itemprop="url" class="kadence-bc-home kadence-bc-home-icon" ><span><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-home-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Accueil</title><path d="M9.984 20.016h-4.969v-8.016h-3l9.984-9 9.984 9h-3v8.016h-4.969v-6h-4.031v6z"></path>\n\t\t\t\t</svg></span></span></a></span>` +
      ' <span class="bc-delimiter">/</span> ' +
      `<span><a href="${vieCommunale}" itemprop="url" ><span>Vie communale</span></a></span> <span class="bc-delimiter">/</span> ` +
      `<span><a href="${quartiers}" itemprop="url" ><span>Quartiers</span></a></span> <span class="bc-delimiter">/</span> ` +
      `<span><a href="${bressoux}" itemprop="url" ><span>Bressoux-Droixhe</span></a></span> <span class="bc-delimiter">/</span> ` +
      '<span class="kadence-bread-current">Projet N-POWER</span>' +
      '</div></nav>',
    expected: trail,
  },
  // Core Breadcrumbs block (core/breadcrumbs, experimental in the Gutenberg plugin): <nav><ol>, links in <li>, the
  // current page a <span aria-current="page">, the separator only a CSS custom property (default "/").
  {
    cms: 'WordPress 6',
    name: 'Core Breadcrumbs block (Gutenberg), <nav><ol>',
    source:
      'WordPress/gutenberg packages/block-library/src/breadcrumbs/index.php (render_block_core_breadcrumbs), packages/block-library/src/breadcrumbs/README.md (separator "/"); attribute order from get_block_wrapper_attributes (wp-includes/class-wp-block-supports.php)',
    html:
      '<nav style="--separator: &quot;/&quot;;" class="wp-block-breadcrumbs" aria-label="Breadcrumbs"><ol>' +
      `<li><a href="${home}">Accueil</a></li>` +
      `<li><a href="${vieCommunale}">Vie communale</a></li>` +
      `<li><a href="${quartiers}">Quartiers</a></li>` +
      `<li><a href="${bressoux}">Bressoux-Droixhe</a></li>` +
      '<li><span aria-current="page">Projet N-POWER</span></li>' +
      '</ol></nav>',
    expected: trail,
  },
];

const right = 'class="has-text-align-right" data-align="right"';

export const budgets: FundingSample[] = [
  // Table block with a header section, right-aligned number columns and a footer section (tfoot) holding the
  // total; "Fixed width table cells" on (hasFixedLayout defaults to true); no-break spaces saved as characters.
  {
    cms: 'WordPress 6',
    name: 'Table block with thead and tfoot total, shares and amounts (fr, U+00A0)',
    source:
      'WordPress/gutenberg packages/block-library/src/table/save.js (Section, has-fixed-layout, has-text-align-*, data-align, figcaption wp-element-caption), packages/block-library/src/table/block.json (hasFixedLayout default true), test/integration/fixtures/blocks/core__table.serialized.html',
    lang: 'fr',
    html:
      '<figure class="wp-block-table"><table class="has-fixed-layout">' +
      `<thead><tr><th>Source de financement</th><th ${right}>Part</th><th ${right}>Montant</th></tr></thead>` +
      '<tbody>' +
      `<tr><td>FEDER</td><td ${right}>50\u00a0%</td><td ${right}>269\u00a0674,79\u00a0€</td></tr>` +
      `<tr><td>Région wallonne</td><td ${right}>40\u00a0%</td><td ${right}>215\u00a0739,83\u00a0€</td></tr>` +
      `<tr><td>Ville de Liège</td><td ${right}>10\u00a0%</td><td ${right}>53\u00a0934,96\u00a0€</td></tr>` +
      '</tbody>' +
      `<tfoot><tr><td>Total</td><td ${right}>100\u00a0%</td><td ${right}>539\u00a0349,58\u00a0€</td></tr></tfoot>` +
      '</table><figcaption class="wp-element-caption">Plan de financement du projet N-POWER</figcaption></figure>',
    expected: [
      { label: 'FEDER', share: 50, amount: 269674.79 },
      { label: 'Région wallonne', share: 40, amount: 215739.83 },
      { label: 'Ville de Liège', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // List block of shares typed in the Code editor with the entity &nbsp; before ":" and "%"; the page states no
  // total, so the city gives it on the element.
  {
    cms: 'WordPress 6',
    name: 'List block of shares with &nbsp; entities (fr)',
    source:
      'WordPress/gutenberg test/integration/fixtures/blocks/core__list__ul.serialized.html (<ul class="wp-block-list">), packages/block-library/src/list-item/save.js (<li>), packages/blocks/src/api/serializer.js (getCommentDelimitedContent)',
    lang: 'fr',
    attributes: { total: '539349.58', currency: 'EUR' },
    html:
      '<ul class="wp-block-list">\n' +
      '<li>FEDER&nbsp;: 50&nbsp;%</li>\n\n\n\n' +
      '<li>Région wallonne&nbsp;: 40&nbsp;%</li>\n\n\n\n' +
      '<li>Ville de Liège&nbsp;: 10&nbsp;%</li>\n' +
      '</ul>',
    expected: [
      { label: 'FEDER', share: 50 },
      { label: 'Région wallonne', share: 40 },
      { label: 'Ville de Liège', share: 10 },
    ],
  },
  // List block whose funder names hold digits (programme periods), the share after " : " with a no-break
  // space before "%" (saved by the block editor as U+00A0).
  {
    cms: 'WordPress 6',
    name: 'List block, funder names with digits (fr)',
    source:
      'WordPress/gutenberg test/integration/fixtures/blocks/core__list__ul.serialized.html, packages/block-library/src/list-item/save.js, packages/rich-text/src/to-html-string.js (escapeEditableHTML keeps U+00A0)',
    lang: 'fr',
    html:
      '<ul class="wp-block-list">\n' +
      '<li>Interreg VI 2021-2027 : 50\u00a0%</li>\n\n\n\n' +
      '<li>Horizon 2020 : 25\u00a0%</li>\n\n\n\n' +
      '<li>Région wallonne : 15\u00a0%</li>\n\n\n\n' +
      '<li>Ville de Liège : 10\u00a0%</li>\n' +
      '</ul>',
    expected: [
      { label: 'Interreg VI 2021-2027', share: 50 },
      { label: 'Horizon 2020', share: 25 },
      { label: 'Région wallonne', share: 15 },
      { label: 'Ville de Liège', share: 10 },
    ],
  },
  // English page: table block without header section, the total as the last body row in bold.
  {
    cms: 'WordPress 6',
    name: 'Table block with a Total row in tbody, amounts (en)',
    source:
      'WordPress/gutenberg packages/block-library/src/table/save.js, packages/block-library/src/table/block.json (hasFixedLayout default true)',
    lang: 'en',
    html:
      '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>' +
      '<tr><td>European Regional Development Fund (ERDF)</td><td>€269,674.79</td></tr>' +
      '<tr><td>Walloon Region</td><td>€215,739.83</td></tr>' +
      '<tr><td>City of Liège</td><td>€53,934.96</td></tr>' +
      '<tr><td><strong>Total</strong></td><td><strong>€539,349.58</strong></td></tr>' +
      '</tbody></table></figure>',
    expected: [
      { label: 'European Regional Development Fund (ERDF)', amount: 269674.79 },
      { label: 'Walloon Region', amount: 215739.83 },
      { label: 'City of Liège', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // Dutch page: list block of amounts "€ 269.674,79" (U+00A0 after €), the total as a last bold item.
  {
    cms: 'WordPress 6',
    name: 'List block of amounts with a Totaal item (nl)',
    source:
      'WordPress/gutenberg test/integration/fixtures/blocks/core__list__ul.serialized.html, packages/block-library/src/list-item/save.js, packages/blocks/src/api/serializer.js',
    lang: 'nl',
    html:
      '<ul class="wp-block-list">\n' +
      '<li>EFRO: €\u00a0269.674,79</li>\n\n\n\n' +
      '<li>Waals Gewest: €\u00a0215.739,83</li>\n\n\n\n' +
      '<li>Stad Luik: €\u00a053.934,96</li>\n\n\n\n' +
      '<li><strong>Totaal: €\u00a0539.349,58</strong></li>\n' +
      '</ul>',
    expected: [
      { label: 'EFRO', amount: 269674.79 },
      { label: 'Waals Gewest', amount: 215739.83 },
      { label: 'Stad Luik', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // German page: table block with thead, tfoot "Gesamt" and a caption; amounts "269.674,79 €" (U+00A0 before €).
  {
    cms: 'WordPress 6',
    name: 'Table block with thead and tfoot Gesamt, amounts (de)',
    source:
      'WordPress/gutenberg packages/block-library/src/table/save.js (thead/tbody/tfoot, figcaption wp-element-caption), packages/block-library/src/table/block.json',
    lang: 'de',
    html:
      '<figure class="wp-block-table"><table class="has-fixed-layout">' +
      '<thead><tr><th>Geldgeber</th><th>Betrag</th></tr></thead>' +
      '<tbody>' +
      '<tr><td>EFRE</td><td>269.674,79\u00a0€</td></tr>' +
      '<tr><td>Wallonische Region</td><td>215.739,83\u00a0€</td></tr>' +
      '<tr><td>Stadt Lüttich</td><td>53.934,96\u00a0€</td></tr>' +
      '</tbody>' +
      '<tfoot><tr><td>Gesamt</td><td>539.349,58\u00a0€</td></tr></tfoot>' +
      '</table><figcaption class="wp-element-caption">Finanzierung des Projekts N-POWER</figcaption></figure>',
    expected: [
      { label: 'EFRE', amount: 269674.79 },
      { label: 'Wallonische Region', amount: 215739.83 },
      { label: 'Stadt Lüttich', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // French table pasted from a word processor: narrow no-break spaces (U+202F) between thousands and before
  // "%", U+00A0 before "€"; "Fixed width table cells" off (no class on <table>); the total a bold body row.
  {
    cms: 'WordPress 6',
    name: 'Table block with a Total row in tbody, narrow no-break spaces (fr, U+202F)',
    source:
      'WordPress/gutenberg packages/block-library/src/table/save.js (no class on <table> when hasFixedLayout is false), packages/rich-text/src/to-html-string.js (escapeEditableHTML keeps U+202F)',
    lang: 'fr',
    html:
      '<figure class="wp-block-table"><table><tbody>' +
      '<tr><td>FEDER (Interreg Euregio Meuse-Rhin)</td><td>50\u202f%</td><td>269\u202f674,79\u00a0€</td></tr>' +
      '<tr><td>Région wallonne</td><td>40\u202f%</td><td>215\u202f739,83\u00a0€</td></tr>' +
      '<tr><td>Ville de Liège</td><td>10\u202f%</td><td>53\u202f934,96\u00a0€</td></tr>' +
      '<tr><td><strong>Total</strong></td><td><strong>100\u202f%</strong></td><td><strong>539\u202f349,58\u00a0€</strong></td></tr>' +
      '</tbody></table></figure>',
    expected: [
      { label: 'FEDER (Interreg Euregio Meuse-Rhin)', share: 50, amount: 269674.79 },
      { label: 'Région wallonne', share: 40, amount: 215739.83 },
      { label: 'Ville de Liège', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
];

/** A list item block as the front end prints it: its own newlines, the next item after "\n\n". */
const logo = (id: number, file: string, url: string, name: string) =>
  `\n<li><a href="${url}" target="_blank" rel="noopener"><img loading="lazy" decoding="async" width="300" height="120" class="wp-image-${id}" style="width: 150px;" src="https://www.liege.be/wp-content/uploads/2024/05/${file}" alt="${name}"></a></li>\n`;

export const partners: PartnerSample[] = [
  // List block of links made with the link dialog; "Open in new tab" on the foreign partners; Stadt Eupen
  // typed without a link.
  {
    cms: 'WordPress 6',
    name: 'List block of partner links',
    source:
      'WordPress/gutenberg packages/block-library/src/list-item/save.js, test/integration/fixtures/blocks/core__list__ul.serialized.html, packages/format-library/src/link/utils.ts (createLinkFormat: "Open in new tab" gives target="_blank" rel="noopener"), packages/blocks/src/api/serializer.js',
    html:
      '<ul class="wp-block-list">\n' +
      '<li><a href="https://www.liege.be">Ville de Liège</a></li>\n\n\n\n' +
      '<li><a href="https://www.seraing.be">Ville de Seraing</a></li>\n\n\n\n' +
      '<li><a href="https://www.verviers.be">Ville de Verviers</a></li>\n\n\n\n' +
      '<li>Stadt Eupen</li>\n\n\n\n' +
      '<li><a href="https://www.genk.be" target="_blank" rel="noopener">Stad Genk</a></li>\n\n\n\n' +
      '<li><a href="https://www.heerlen.nl" target="_blank" rel="noopener">Gemeente Heerlen</a></li>\n\n\n\n' +
      '<li><a href="https://www.aachen.de" target="_blank" rel="noopener">Stadt Aachen</a></li>\n' +
      '</ul>',
    expected: [
      { name: 'Ville de Liège', url: 'https://www.liege.be' },
      { name: 'Ville de Seraing', url: 'https://www.seraing.be' },
      { name: 'Ville de Verviers', url: 'https://www.verviers.be' },
      { name: 'Stadt Eupen' },
      { name: 'Stad Genk', url: 'https://www.genk.be' },
      { name: 'Gemeente Heerlen', url: 'https://www.heerlen.nl' },
      { name: 'Stadt Aachen', url: 'https://www.aachen.de' },
    ],
  },
  // Logo wall as a list block: each item an inline image (format core/image: class wp-image-ID, style width
  // at most 150px, src, alt) wrapped in a link. On the front end wp_filter_content_tags() adds width/height of
  // the 300×120 upload, then decoding="async" and loading="lazy" (logos further down than the first 3 images
  // of the page; the uploads have no same-ratio sub-size, so no srcset). The partner's name is only the alt.
  {
    cms: 'WordPress 6',
    name: 'List block logo wall: linked inline images named by alt',
    source:
      'WordPress/gutenberg packages/format-library/src/image/index.js (attributes className/style/url/alt, width min(width, 150)), packages/rich-text/src/to-html-string.js; WordPress/wordpress-develop src/wp-includes/media.php (wp_filter_content_tags, wp_img_tag_add_width_and_height_attr, wp_img_tag_add_loading_optimization_attrs)',
    html:
      '<ul class="wp-block-list">' +
      [
        logo(2101, 'logo-liege.png', 'https://www.liege.be', 'Ville de Liège'),
        logo(2102, 'logo-seraing.png', 'https://www.seraing.be', 'Ville de Seraing'),
        logo(2103, 'logo-verviers.png', 'https://www.verviers.be', 'Ville de Verviers'),
        logo(2104, 'logo-eupen.png', 'https://www.eupen.be', 'Stadt Eupen'),
        logo(2105, 'logo-genk.png', 'https://www.genk.be', 'Stad Genk'),
        logo(2106, 'logo-heerlen.png', 'https://www.heerlen.nl', 'Gemeente Heerlen'),
        logo(2107, 'logo-aachen.png', 'https://www.aachen.de', 'Stadt Aachen'),
      ].join('\n\n') +
      '</ul>',
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
  // Partners grouped by country: a list block whose items hold the country and a nested list block
  // ("\n<li>Belgique" + nested "\n<ul …>…</ul>\n" + "</li>\n"). The countries are groups, not partners.
  {
    cms: 'WordPress 6',
    name: 'Nested list blocks: partners grouped by country',
    source:
      'WordPress/gutenberg packages/block-library/src/list-item/save.js (<li> with RichText then InnerBlocks), packages/block-library/src/list/save.js, packages/blocks/src/api/serializer.js',
    html:
      '<ul class="wp-block-list">\n' +
      '<li>Belgique\n<ul class="wp-block-list">\n' +
      '<li><a href="https://www.liege.be">Ville de Liège</a></li>\n\n\n\n' +
      '<li><a href="https://www.seraing.be">Ville de Seraing</a></li>\n\n\n\n' +
      '<li><a href="https://www.verviers.be">Ville de Verviers</a></li>\n\n\n\n' +
      '<li><a href="https://www.eupen.be">Stadt Eupen</a></li>\n\n\n\n' +
      '<li><a href="https://www.genk.be">Stad Genk</a></li>\n' +
      '</ul>\n</li>\n\n\n\n' +
      '<li>Pays-Bas\n<ul class="wp-block-list">\n' +
      '<li><a href="https://www.heerlen.nl">Gemeente Heerlen</a></li>\n' +
      '</ul>\n</li>\n\n\n\n' +
      '<li>Allemagne\n<ul class="wp-block-list">\n' +
      '<li><a href="https://www.aachen.de">Stadt Aachen</a></li>\n' +
      '</ul>\n</li>\n' +
      '</ul>',
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
];

/** Every sample is the same Liège number. */
const liegeNumber = { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' };

export const contacts: ContactSample[] = [
  // Paragraph block: bold name, line breaks (Shift+Enter, saved as <br>), a tel: and a mailto: link made with
  // the link dialog; the number written the Belgian way with slash and dots.
  {
    cms: 'WordPress 6',
    name: 'Paragraph block with tel: and mailto: links, number 04/221.23.45',
    source:
      'WordPress/gutenberg packages/block-library/src/paragraph/save.js (<p>), packages/rich-text/src/to-html-string.js (line break as <br>), packages/format-library/src/link/utils.ts (createLinkFormat: href as entered)',
    html:
      '<p><strong>Cellule N-POWER</strong><br>Ville de Liège, Service des Quartiers<br>' +
      'Tél. : <a href="tel:+3242212345">04/221.23.45</a><br>' +
      'Courriel : <a href="mailto:npower@liege.be">npower@liege.be</a></p>',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '04/221.23.45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
    },
    expected: liegeNumber,
  },
  // List block of contact lines, the number written internationally with the trunk 0 in brackets.
  {
    cms: 'WordPress 6',
    name: 'List block with a tel: link, number +32 (0)4 221 23 45',
    source:
      'WordPress/gutenberg test/integration/fixtures/blocks/core__list__ul.serialized.html, packages/block-library/src/list-item/save.js, packages/blocks/src/api/serializer.js',
    html:
      '<ul class="wp-block-list">\n' +
      '<li>Téléphone : <a href="tel:+3242212345">+32 (0)4 221 23 45</a></li>\n\n\n\n' +
      '<li>E-mail : <a href="mailto:npower@liege.be">npower@liege.be</a></li>\n' +
      '</ul>',
    attributes: {
      name: 'Projet N-POWER',
      organization: 'Ville de Liège',
      phone: '+32 (0)4 221 23 45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
    },
    expected: liegeNumber,
  },
  // Paragraph typed in the Code editor: &nbsp; before the colon, the number with the 00 prefix, the tel: link
  // written by the editor with the same 00 prefix.
  {
    cms: 'WordPress 6',
    name: 'Paragraph with &nbsp; and tel:0032 link, number 00 32 4 221 23 45',
    source:
      'WordPress/gutenberg packages/block-library/src/paragraph/save.js; entity kept as typed in the Code editor (packages/rich-text/src/to-html-string.js would write U+00A0 on a visual edit)',
    html:
      '<p>Permanence à la Maison de quartier de Droixhe, le mardi de 9 h à 12 h.<br>' +
      'Tél.&nbsp;: <a href="tel:003242212345">00 32 4 221 23 45</a><br>' +
      'Courriel&nbsp;: <a href="mailto:droixhe@liege.be">droixhe@liege.be</a></p>',
    attributes: {
      name: 'Maison de quartier de Droixhe',
      organization: 'Ville de Liège',
      phone: '00 32 4 221 23 45',
      country: 'BE',
      'email-user': 'droixhe',
      'email-domain': 'liege.be',
    },
    expected: liegeNumber,
  },
  // Paragraph block with the number as plain text (no link made), written "+ 32" with a space after the plus;
  // the address is not linked either (the_content does not run make_clickable).
  {
    cms: 'WordPress 6',
    name: 'Paragraph with an unlinked number + 32 4 221 23 45',
    source:
      'WordPress/gutenberg packages/block-library/src/paragraph/save.js; WordPress/wordpress-develop src/wp-includes/default-filters.php (the_content filters, no make_clickable)',
    html: '<p>Contact : Cellule N-POWER, + 32 4 221 23 45, npower@liege.be</p>',
    attributes: {
      name: 'Cellule N-POWER',
      organization: 'Ville de Liège',
      phone: '+ 32 4 221 23 45',
      country: 'BE',
      'email-user': 'npower',
      'email-domain': 'liege.be',
    },
    expected: liegeNumber,
  },
];
