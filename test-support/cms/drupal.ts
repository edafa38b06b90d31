/*
 * Drupal 10: what core's templates, CKEditor 5 and two widespread contributed modules (Easy Breadcrumb,
 * Address) print, for the widgets' tests.
 *
 * Each sample is rendered from the code named in `source`, with the options and strings said in its
 * comment. Core is Drupal 10.6.15 (tag 10.6.15 of drupal/core, the subtree split of drupal/drupal's
 * core/ directory); paths below are inside core/. The site is a French city site, where core's
 * interface translation gives "Accueil" for "Home" and "Fil d'Ariane" for "Breadcrumb".
 *
 * Whitespace: Twig templates are rendered with Twig's own rules (the newline after a `%}` or `#}` tag
 * is dropped, `-` trims), so the indentation is the templates' and not a pretty-printed one.
 * Rich text: CKEditor 5 saves a no-break space as the entity `&nbsp;` and a narrow no-break space
 * (U+202F, written '\u202f' here) as the character; its output has no newlines between elements.
 * Tables: Drupal loads CKEditor 5's PlainTableOutput (modules/ckeditor5/ckeditor5.ckeditor5.yml,
 * ckeditor5_table), so a table is saved as <table class="table"> (CKEditor 5 ≥ 45, Drupal ≥ 10.5) with a
 * <caption> instead of <figure class="table"> with a <figcaption>. CKEditor 5 47.6.2, the version
 * Drupal 10.6 ships, has no footer rows: rows pasted in a <tfoot> come back as body rows, so Drupal
 * budget tables state their total as the last body row.
 */
import type { BreadcrumbSample, ContactSample, FundingSample, PartnerSample } from './types.js';

const trail = [
  { label: 'Accueil', href: '/' },
  { label: 'Vie communale', href: '/vie-communale' },
  { label: 'Quartiers', href: '/vie-communale/quartiers' },
];

export const breadcrumbs: BreadcrumbSample[] = [
  // Core's system breadcrumb block on /vie-communale/quartiers/bressoux-droixhe with a theme that does not
  // override the template (Stark): PathBasedBreadcrumbBuilder links the front page and each parent path, never
  // the current page, so the trail a reader sees ends with the parent "Quartiers", a link.
  {
    cms: 'Drupal 10',
    name: 'Core breadcrumb block, system template (Stark), current page not in the trail',
    source:
      'drupal/core 10.6.15 modules/system/templates/breadcrumb.html.twig, includes/theme.inc (template_preprocess_breadcrumb), modules/system/src/PathBasedBreadcrumbBuilder.php',
    html: `  <nav role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
          <li>
                  <a href="/">Accueil</a>
              </li>
          <li>
                  <a href="/vie-communale">Vie communale</a>
              </li>
          <li>
                  <a href="/vie-communale/quartiers">Quartiers</a>
              </li>
        </ol>
  </nav>
`,
    expected: trail,
  },
  // The same block in Olivero, Drupal 10's default front-end theme, on a multilingual site with the French
  // path prefix "fr" (the front page link is "/fr").
  {
    cms: 'Drupal 10',
    name: 'Core breadcrumb block in Olivero, language prefix /fr',
    source: 'drupal/core 10.6.15 themes/olivero/templates/navigation/breadcrumb.html.twig, includes/theme.inc (template_preprocess_breadcrumb)',
    html: `  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/fr" class="breadcrumb__link">Accueil</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/fr/vie-communale" class="breadcrumb__link">Vie communale</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/fr/vie-communale/quartiers" class="breadcrumb__link">Quartiers</a>
                      </li>
              </ol>
    </div>
  </nav>
`,
    expected: [
      { label: 'Accueil', href: '/fr' },
      { label: 'Vie communale', href: '/fr/vie-communale' },
      { label: 'Quartiers', href: '/fr/vie-communale/quartiers' },
    ],
  },
  // Easy Breadcrumb with "Include the current page as a segment" on and "Make the current page title segment a
  // link" off (its builder adds Link::createFromRoute($title, '<none>'), whose URL is '', so the template prints the
  // bare text), home segment title "Accueil"; Olivero. Twig escapes the apostrophe of the node title to &#039;.
  {
    cms: 'Drupal 10',
    name: 'Easy Breadcrumb in Olivero, current page as plain text',
    source:
      'https://www.drupal.org/project/easy_breadcrumb src/EasyBreadcrumbBuilder.php (include_title_segment, title_segment_as_link); drupal/core 10.6.15 themes/olivero/templates/navigation/breadcrumb.html.twig',
    html: `  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/" class="breadcrumb__link">Accueil</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/vie-communale" class="breadcrumb__link">Vie communale</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/vie-communale/quartiers" class="breadcrumb__link">Quartiers</a>
                      </li>
                  <li class="breadcrumb__item">
                          L&#039;énergie des quartiers : le projet N-POWER
                      </li>
              </ol>
    </div>
  </nav>
`,
    expected: [...trail, { label: "L'énergie des quartiers : le projet N-POWER" }],
  },
];

export const budgets: FundingSample[] = [
  // Full HTML (the standard profile's format with the table button): a table with a header row, shares and
  // amounts typed the French way with &nbsp; as thousands separator and before "%" and "€", the total a
  // bold last body row.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 table (Full HTML) with a bold Total row in tbody, &nbsp; (fr)',
    source:
      'ckeditor/ckeditor5 v47.6.2 packages/ckeditor5-table/src/converters/downcast.ts (downcastPlainTable); drupal/core 10.6.15 modules/ckeditor5/ckeditor5.ckeditor5.yml (ckeditor5_table: table.PlainTableOutput), profiles/standard/config/install/editor.editor.full_html.yml (insertTable)',
    lang: 'fr',
    html:
      '<table class="table"><thead><tr><th>Source de financement</th><th>Part</th><th>Montant</th></tr></thead><tbody>' +
      '<tr><td>FEDER</td><td>50&nbsp;%</td><td>269&nbsp;674,79&nbsp;€</td></tr>' +
      '<tr><td>Région wallonne</td><td>40&nbsp;%</td><td>215&nbsp;739,83&nbsp;€</td></tr>' +
      '<tr><td>Ville de Liège</td><td>10&nbsp;%</td><td>53&nbsp;934,96&nbsp;€</td></tr>' +
      '<tr><td><strong>Total</strong></td><td><strong>100&nbsp;%</strong></td><td><strong>539&nbsp;349,58&nbsp;€</strong></td></tr>' +
      '</tbody></table>',
    expected: [
      { label: 'FEDER', share: 50, amount: 269674.79 },
      { label: 'Région wallonne', share: 40, amount: 215739.83 },
      { label: 'Ville de Liège', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // Basic HTML (no table button; <ul> and <li> allowed by filter_html): a bulleted list of shares, French
  // spacing with &nbsp; before ":" and "%", the first funder named by its programme period; the page states
  // no total, so the city gives it on the element.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 bulleted list of shares (Basic HTML), &nbsp; before ":" and "%", label with digits (fr)',
    source:
      'drupal/core 10.6.15 profiles/standard/config/install/editor.editor.basic_html.yml (bulletedList), profiles/standard/config/install/filter.format.basic_html.yml (allowed_html <ul type> <li>)',
    lang: 'fr',
    attributes: { total: '539349.58', currency: 'EUR' },
    html: '<ul><li>Interreg VI 2021-2027&nbsp;: 50&nbsp;%</li><li>Région wallonne&nbsp;: 40&nbsp;%</li><li>Ville de Liège&nbsp;: 10&nbsp;%</li></ul>',
    expected: [
      { label: 'Interreg VI 2021-2027', share: 50 },
      { label: 'Région wallonne', share: 40 },
      { label: 'Ville de Liège', share: 10 },
    ],
  },
  // Dutch page, Full HTML: a table with the caption of the "Toggle caption" button (<caption>, first child, as
  // PlainTableOutput places it), amounts "€ 269.674,79", the total a plain last body row.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 table with <caption> and a Totaal row in tbody, amounts (nl)',
    source:
      'ckeditor/ckeditor5 v47.6.2 packages/ckeditor5-table/src/converters/downcast.ts (downcastPlainTable, convertPlainTableCaption); drupal/core 10.6.15 modules/ckeditor5/ckeditor5.ckeditor5.yml (ckeditor5_table: table.TableCaption, table.PlainTableOutput)',
    lang: 'nl',
    html:
      '<table class="table"><caption>Begroting N-POWER</caption><thead><tr><th>Financieringsbron</th><th>Bedrag</th></tr></thead><tbody>' +
      '<tr><td>EFRO</td><td>€ 269.674,79</td></tr>' +
      '<tr><td>Waals Gewest</td><td>€ 215.739,83</td></tr>' +
      '<tr><td>Stad Luik</td><td>€ 53.934,96</td></tr>' +
      '<tr><td>Totaal</td><td>€ 539.349,58</td></tr>' +
      '</tbody></table>',
    expected: [
      { label: 'EFRO', amount: 269674.79 },
      { label: 'Waals Gewest', amount: 215739.83 },
      { label: 'Stad Luik', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // English page, Basic HTML: a bulleted list of amounts "€269,674.79", the programme period in the first label,
  // the total as a last bold item.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 bulleted list of amounts with a bold Total item, label with digits (en)',
    source:
      'drupal/core 10.6.15 profiles/standard/config/install/editor.editor.basic_html.yml (bulletedList, bold), profiles/standard/config/install/filter.format.basic_html.yml (allowed_html <ul type> <li> <strong>)',
    lang: 'en',
    html:
      '<ul><li>ERDF (Interreg VI 2021-2027): €269,674.79</li><li>Walloon Region: €215,739.83</li><li>City of Liège: €53,934.96</li>' +
      '<li><strong>Total: €539,349.58</strong></li></ul>',
    expected: [
      { label: 'ERDF (Interreg VI 2021-2027)', amount: 269674.79 },
      { label: 'Walloon Region', amount: 215739.83 },
      { label: 'City of Liège', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // French list pasted from a spreadsheet into Basic HTML: narrow no-break spaces (U+202F) between thousands,
  // which CKEditor 5 keeps as characters, and a no-break space before "€", which it saves as &nbsp;.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 bulleted list of amounts pasted with narrow no-break spaces (fr, U+202F)',
    source:
      'drupal/core 10.6.15 profiles/standard/config/install/editor.editor.basic_html.yml (bulletedList), lib/Drupal/Component/Utility/HtmlSerializerRules.php (filter_html output: masterminds/html5 escapes U+00A0 only)',
    lang: 'fr',
    html: '<ul><li>FEDER : 269\u202f674,79&nbsp;€</li><li>Région wallonne : 215\u202f739,83&nbsp;€</li><li>Ville de Liège : 53\u202f934,96&nbsp;€</li></ul>',
    expected: [
      { label: 'FEDER', amount: 269674.79 },
      { label: 'Région wallonne', amount: 215739.83 },
      { label: 'Ville de Liège', amount: 53934.96 },
    ],
  },
];

const allPartners = [
  { name: 'Ville de Liège', url: 'https://www.liege.be' },
  { name: 'Ville de Seraing', url: 'https://www.seraing.be' },
  { name: 'Ville de Verviers', url: 'https://www.verviers.be' },
  { name: 'Stadt Eupen', url: 'https://www.eupen.be' },
  { name: 'Stad Genk', url: 'https://www.genk.be' },
  { name: 'Gemeente Heerlen', url: 'https://www.heerlen.nl' },
  { name: 'Stadt Aachen', url: 'https://www.aachen.de' },
];

export const partners: PartnerSample[] = [
  // Basic HTML: a bulleted list of links made with CKEditor 5's link balloon (<a href> only, as filter_html allows).
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 bulleted list of partner links (Basic HTML)',
    source:
      'drupal/core 10.6.15 profiles/standard/config/install/editor.editor.basic_html.yml (link, bulletedList), profiles/standard/config/install/filter.format.basic_html.yml (allowed_html <a hreflang href> <ul type> <li>)',
    html:
      '<ul><li><a href="https://www.liege.be">Ville de Liège</a></li><li><a href="https://www.seraing.be">Ville de Seraing</a></li>' +
      '<li><a href="https://www.verviers.be">Ville de Verviers</a></li><li><a href="https://www.eupen.be">Stadt Eupen</a></li>' +
      '<li><a href="https://www.genk.be">Stad Genk</a></li><li><a href="https://www.heerlen.nl">Gemeente Heerlen</a></li>' +
      '<li><a href="https://www.aachen.de">Stadt Aachen</a></li></ul>',
    expected: allPartners,
  },
  // Views "HTML list" (wrapper class item-list, the default) of Partner nodes, one field per row: the Link field
  // "Site web" with the Link formatter, its title the partner's name, default field wrappers. The theme overrides
  // views-view-list--partenaires.html.twig only to put <np-partner-list> around <{{ list.type }}>, so the element
  // holds the <ul> exactly as the views template prints it (the <div class="item-list"> stays outside).
  {
    cms: 'Drupal 10',
    name: 'Views HTML list of a Link field (views-view-list, views-view-fields)',
    source:
      'drupal/core 10.6.15 modules/views/templates/views-view-list.html.twig, modules/views/templates/views-view-fields.html.twig, modules/views/templates/views-view-field.html.twig, modules/views/views.theme.inc (template_preprocess_views_view_fields: views-field / field-content), modules/views/views.views.inc (field API fields: element type div), modules/views/src/Plugin/views/style/HtmlList.php',
    html: `<ul>

          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.liege.be">Ville de Liège</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.seraing.be">Ville de Seraing</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.verviers.be">Ville de Verviers</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.eupen.be">Stadt Eupen</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.genk.be">Stad Genk</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.heerlen.nl">Gemeente Heerlen</a></div></div></li>
          <li><div class="views-field views-field-field-site-web"><div class="field-content"><a href="https://www.aachen.de">Stadt Aachen</a></div></div></li>
    
  </ul>`,
    expected: allPartners,
  },
  // Basic HTML: a numbered list with the lead partner's link in bold (CKEditor 5 nests <strong> inside <a>) and
  // "(chef de file)" after it; Gemeente Heerlen typed without a link.
  {
    cms: 'Drupal 10',
    name: 'CKEditor 5 numbered list, bold lead partner with a note, one partner without a link',
    source:
      'drupal/core 10.6.15 profiles/standard/config/install/editor.editor.basic_html.yml (numberedList, bold, link), profiles/standard/config/install/filter.format.basic_html.yml (allowed_html <ol start type> <li> <a hreflang href> <strong>)',
    html:
      '<ol><li><a href="https://www.liege.be"><strong>Ville de Liège</strong></a> (chef de file)</li><li><a href="https://www.seraing.be">Ville de Seraing</a></li>' +
      '<li><a href="https://www.verviers.be">Ville de Verviers</a></li><li><a href="https://www.eupen.be">Stadt Eupen</a></li>' +
      '<li><a href="https://www.genk.be">Stad Genk</a></li><li>Gemeente Heerlen</li><li><a href="https://www.aachen.de">Stadt Aachen</a></li></ol>',
    expected: [
      { name: 'Ville de Liège', url: 'https://www.liege.be' },
      { name: 'Ville de Seraing', url: 'https://www.seraing.be' },
      { name: 'Ville de Verviers', url: 'https://www.verviers.be' },
      { name: 'Stadt Eupen', url: 'https://www.eupen.be' },
      { name: 'Stad Genk', url: 'https://www.genk.be' },
      { name: 'Gemeente Heerlen' },
      { name: 'Stadt Aachen', url: 'https://www.aachen.de' },
    ],
  },
];

const phone = { phoneDisplay: '04 221 23 45', tel: 'tel:+3242212345' };

export const contacts: ContactSample[] = [
  // Olivero, labels hidden: an Address field (address module, "Default" formatter; Belgian format
  // "%organization\n%givenName %familyName\n%addressLine1\n%addressLine2\n%postalCode %locality", the country
  // added last, empty lines dropped, nl2br) and a Telephone field with core's "Telephone link" formatter, which
  // strips whitespace and rawurlencode()s the number into the href: "04/221.23.45" gives tel:04%2F221.23.45.
  {
    cms: 'Drupal 10',
    name: 'Address field and Telephone link field "04/221.23.45" (Olivero, labels hidden)',
    source:
      'https://www.drupal.org/project/address src/Plugin/Field/FieldFormatter/AddressDefaultFormatter.php; commerceguys/addressing src/AddressFormat/AddressFormatRepository.php (BE); drupal/core 10.6.15 modules/telephone/src/Plugin/Field/FieldFormatter/TelephoneLinkFormatter.php, themes/olivero/templates/field/field.html.twig',
    html: `
            <div class="field field--name-field-adresse field--type-address field--label-hidden field__item"><p class="address" translate="no"><span class="organization">Ville de Liège</span><br>
<span class="address-line1">Place du Marché 2</span><br>
<span class="postal-code">4000</span> <span class="locality">Liège</span><br>
<span class="country">Belgique</span></p></div>
      
            <div class="field field--name-field-telephone field--type-telephone field--label-hidden field__item"><a href="tel:04%2F221.23.45">04/221.23.45</a></div>
      `,
    attributes: {
      name: 'Ville de Liège',
      phone: '04/221.23.45',
      country: 'BE',
      street: 'Place du Marché 2',
      'postal-code': '4000',
      locality: 'Liège',
    },
    expected: phone,
  },
  // Olivero, address label above, telephone and e-mail labels inline: "+32 (0)4 221 23 45" becomes
  // tel:%2B32%280%2942212345 (rawurlencode of "+32(0)42212345"); core's Email "mailto" formatter.
  {
    cms: 'Drupal 10',
    name: 'Address, Telephone link "+32 (0)4 221 23 45" and Email fields (Olivero, labels above and inline)',
    source:
      'https://www.drupal.org/project/address src/Plugin/Field/FieldFormatter/AddressDefaultFormatter.php; drupal/core 10.6.15 modules/telephone/src/Plugin/Field/FieldFormatter/TelephoneLinkFormatter.php, lib/Drupal/Core/Field/Plugin/Field/FieldFormatter/MailToFormatter.php, themes/olivero/templates/field/field.html.twig',
    html: `
  <div class="field field--name-field-adresse field--type-address field--label-above">
    <div class="field__label">Adresse</div>
              <div class="field__item"><p class="address" translate="no"><span class="organization">Ville de Seraing</span><br>
<span class="address-line1">Place Communale 8</span><br>
<span class="postal-code">4100</span> <span class="locality">Seraing</span><br>
<span class="country">Belgique</span></p></div>
          </div>

  <div class="field field--name-field-telephone field--type-telephone field--label-inline clearfix">
    <div class="field__label">Téléphone</div>
              <div class="field__item"><a href="tel:%2B32%280%2942212345">+32 (0)4 221 23 45</a></div>
          </div>

  <div class="field field--name-field-courriel field--type-email field--label-inline clearfix">
    <div class="field__label">Courriel</div>
              <div class="field__item"><a href="mailto:n-power@seraing.be">n-power@seraing.be</a></div>
          </div>
`,
    attributes: {
      name: 'Ville de Seraing',
      phone: '+32 (0)4 221 23 45',
      country: 'BE',
      'email-user': 'n-power',
      'email-domain': 'seraing.be',
      street: 'Place Communale 8',
      'postal-code': '4100',
      locality: 'Seraing',
    },
    expected: phone,
  },
  // Olivero, labels inline, no address: "00 32 4 221 23 45" gives tel:003242212345.
  {
    cms: 'Drupal 10',
    name: 'Telephone link "00 32 4 221 23 45" and Email fields (Olivero, labels inline)',
    source:
      'drupal/core 10.6.15 modules/telephone/src/Plugin/Field/FieldFormatter/TelephoneLinkFormatter.php, lib/Drupal/Core/Field/Plugin/Field/FieldFormatter/MailToFormatter.php, themes/olivero/templates/field/field.html.twig',
    html: `
  <div class="field field--name-field-telephone field--type-telephone field--label-inline clearfix">
    <div class="field__label">Téléphone</div>
              <div class="field__item"><a href="tel:003242212345">00 32 4 221 23 45</a></div>
          </div>

  <div class="field field--name-field-courriel field--type-email field--label-inline clearfix">
    <div class="field__label">Courriel</div>
              <div class="field__item"><a href="mailto:n-power@liege.be">n-power@liege.be</a></div>
          </div>
`,
    attributes: {
      name: 'Projet N-POWER – Ville de Liège',
      phone: '00 32 4 221 23 45',
      country: 'BE',
      'email-user': 'n-power',
      'email-domain': 'liege.be',
    },
    expected: phone,
  },
  // Olivero: the Telephone field left on its default formatter, "Plain text" (basic_string, no link), label
  // above, the number written "+ 32 4 221 23 45".
  {
    cms: 'Drupal 10',
    name: 'Address field and Telephone field "+ 32 4 221 23 45" as plain text (Olivero)',
    source:
      'https://www.drupal.org/project/address src/Plugin/Field/FieldFormatter/AddressDefaultFormatter.php; drupal/core 10.6.15 modules/telephone/src/Plugin/Field/FieldType/TelephoneItem.php (default_formatter basic_string), lib/Drupal/Core/Field/Plugin/Field/FieldFormatter/BasicStringFormatter.php, themes/olivero/templates/field/field.html.twig',
    html: `
            <div class="field field--name-field-adresse field--type-address field--label-hidden field__item"><p class="address" translate="no"><span class="organization">Ville de Liège</span><br>
<span class="address-line1">Place du Marché 2</span><br>
<span class="postal-code">4000</span> <span class="locality">Liège</span><br>
<span class="country">Belgique</span></p></div>
      
  <div class="field field--name-field-telephone field--type-telephone field--label-above">
    <div class="field__label">Téléphone</div>
              <div class="field__item">+ 32 4 221 23 45</div>
          </div>
`,
    attributes: {
      name: 'Ville de Liège',
      phone: '+ 32 4 221 23 45',
      country: 'BE',
      street: 'Place du Marché 2',
      'postal-code': '4000',
      locality: 'Liège',
    },
    expected: phone,
  },
];
