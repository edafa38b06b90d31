/*
 * TYPO3 12: what a site package's Fluid templates, fluid_styled_content and the rich-text editor (rte_ckeditor,
 * CKEditor 5) print, for the widgets' tests.
 *
 * Each sample is rendered from the code named in `source`, with the options and strings said in its comment.
 * Fluid keeps every character of a template outside its ViewHelper tags, so the samples keep the templates'
 * blank lines and indentation (an <f:if> with <f:then>/<f:else> prints only the chosen branch, not the
 * whitespace around it). Fluid escapes variables with htmlspecialchars(ENT_QUOTES): "'" becomes &#039;.
 *
 * Rich text: rte_ckeditor loads CKEditor 5 without PlainTableOutput, so a table is saved as
 * <figure class="table"><table>…</table><figcaption>…</figcaption></figure>, the header row of
 * `table.defaultHeadings: { rows: 1 }` (Configuration/RTE/Default.yaml) in <thead>; CKEditor 5 has no footer
 * rows there, so an editor states the total as the last body row. On output, fluid_styled_content's
 * lib.parseFunc_RTE gives every RTE table class="contenttable" (externalBlocks.table HTMLparser
 * fixAttrib.class default/always/list). The Table content element, typed as "|"-separated lines, is the one
 * that prints a <tfoot> ("Last row as table footer").
 */
import type { BreadcrumbSample, FundingSample } from './types.js';

export const breadcrumbs: BreadcrumbSample[] = [
  // The official site package's breadcrumb partial, with the menu data processor of the TypoScript reference
  // (special = rootline, special.range = 0|-1, as = breadcrumb): the root page "Accueil" first, the current page
  // (item.current) as an unlinked <span> in <li class="breadcrumb-item active" >. No <nav> in the partial.
  {
    cms: 'TYPO3 12',
    name: 'Site package tutorial breadcrumb partial (MenuProcessor special = rootline)',
    source:
      'TYPO3-Documentation/site_package branch 12.4 Resources/Private/Partials/Page/Navigation/Breadcrumb.html; TYPO3-Documentation/TYPO3CMS-Reference-Typoscript branch 12.4 Documentation/ContentObjects/Hmenu/Rootline.rst with CodeSnippets/Menu/TypoScript/BreadcrumbDataProcessor.rst.txt and CodeSnippets/Menu/Template/BreadcrumbDataProcessor.rst.txt (https://docs.typo3.org/m/typo3/reference-typoscript/12.4/en-us/ContentObjects/Hmenu/Rootline.html)',
    html: `

    <ol class="breadcrumb">
        
            <li class="breadcrumb-item" >
                
                        <a class="breadcrumb-link" href="/" title="Accueil">
                            <span class="breadcrumb-text">Accueil</span>
                        </a>
                    
            </li>
        
            <li class="breadcrumb-item" >
                
                        <a class="breadcrumb-link" href="/vie-communale" title="Vie communale">
                            <span class="breadcrumb-text">Vie communale</span>
                        </a>
                    
            </li>
        
            <li class="breadcrumb-item" >
                
                        <a class="breadcrumb-link" href="/vie-communale/quartiers" title="Quartiers">
                            <span class="breadcrumb-text">Quartiers</span>
                        </a>
                    
            </li>
        
            <li class="breadcrumb-item active" >
                
                        <span class="breadcrumb-text">L&#039;énergie des quartiers : le projet N-POWER</span>
                    
            </li>
        
    </ol>

`,
    expected: [
      { label: 'Accueil', href: '/' },
      { label: 'Vie communale', href: '/vie-communale' },
      { label: 'Quartiers', href: '/vie-communale/quartiers' },
      { label: "L'énergie des quartiers : le projet N-POWER" },
    ],
  },
  // Bootstrap Package 15 (TYPO3 12.4 and 13.4) on the English page of a site whose English language base is
  // /en/: breadcrumb enabled from level 2 (the default), no icons, no breadcrumbExtendedValue; the interface
  // strings as the extension's locallang.xlf has them ("Breadcrumb", "You are here:").
  {
    cms: 'TYPO3 12',
    name: 'Bootstrap Package breadcrumb (nav.breadcrumb-section, aria-current on the last item)',
    source:
      'benjaminkott/bootstrap_package tag 15.0.4 Resources/Private/Partials/Page/Navigation/Breadcrumb.html, Configuration/TypoScript/General/page.typoscript (MenuProcessor special = rootline, range 0|-1, as = breadcrumb), Configuration/TypoScript/constants.typoscript (breadcrumb.enable, enableLevel, icon.enable), Resources/Private/Language/locallang.xlf',
    html: `
    
        <nav class="breadcrumb-section" aria-label="Breadcrumb">
            <div class="container">
                <p class="visually-hidden" id="breadcrumb">You are here:</p>
                <ol class="breadcrumb">
                    
                        
                        
                        <li class="breadcrumb-item">
                            
                                    <a class="breadcrumb-link" href="/en/" title="Home">
                                        
    <span class="breadcrumb-link-title">
        
        <span class="breadcrumb-text">Home</span>
    </span>

                                    </a>
                                
                        </li>
                    
                        
                        
                        <li class="breadcrumb-item">
                            
                                    <a class="breadcrumb-link" href="/en/project" title="Project">
                                        
    <span class="breadcrumb-link-title">
        
        <span class="breadcrumb-text">Project</span>
    </span>

                                    </a>
                                
                        </li>
                    
                        
                        
                            
                        
                        <li class="breadcrumb-item active" aria-current="page">
                            
                                    
    <span class="breadcrumb-link-title">
        
        <span class="breadcrumb-text">Partners</span>
    </span>

                                
                        </li>
                    
                    
                </ol>
            </div>
        </nav>
    


`,
    expected: [
      { label: 'Home', href: '/en/' },
      { label: 'Project', href: '/en/project' },
      { label: 'Partners' },
    ],
  },
];

export const budgets: FundingSample[] = [
  // German page, Text element: a CKEditor 5 table with its header row, shares and amounts "269.674,79 €", the
  // total a last body row "Gesamt", and a caption ("Toggle caption", a <figcaption> after the table).
  {
    cms: 'TYPO3 12',
    name: 'RTE table (figure.table, table.contenttable, figcaption) with a Gesamt row in tbody (de)',
    source:
      'TYPO3-CMS/rte_ckeditor v12.4.45 Configuration/RTE/Default.yaml (insertTable, table.defaultHeadings rows 1, toggleTableCaption), Resources/Public/Contrib/@ckeditor/ckeditor5-table.js (<figure class="table"> downcast); TYPO3-CMS/fluid_styled_content v12.4.45 Configuration/TypoScript/Helper/ParseFunc.typoscript (lib.parseFunc_RTE externalBlocks table/figure/figcaption)',
    lang: 'de',
    html:
      '<figure class="table"><table class="contenttable"><thead><tr><th>Fördermittelgeber</th><th>Anteil</th><th>Betrag</th></tr></thead><tbody>' +
      '<tr><td>EFRE (Interreg VI-A Euregio Maas-Rhein)</td><td>50 %</td><td>269.674,79 €</td></tr>' +
      '<tr><td>Wallonische Region</td><td>40 %</td><td>215.739,83 €</td></tr>' +
      '<tr><td>Stadt Lüttich</td><td>10 %</td><td>53.934,96 €</td></tr>' +
      '<tr><td>Gesamt</td><td>100 %</td><td>539.349,58 €</td></tr>' +
      '</tbody></table><figcaption>Finanzierungsplan N-POWER</figcaption></figure>',
    expected: [
      { label: 'EFRE (Interreg VI-A Euregio Maas-Rhein)', share: 50, amount: 269674.79 },
      { label: 'Wallonische Region', share: 40, amount: 215739.83 },
      { label: 'Stadt Lüttich', share: 10, amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // French page, Table content element (CType table): delimiter "|", no enclosure, caption set, "Table header
  // position" top, "Last row as table footer" on; amounts typed with ordinary spaces ("269 674,79 €"). The
  // element's "Main" section as Fluid prints it (the frame <div> and header of the Default layout are outside).
  {
    cms: 'TYPO3 12',
    name: 'Table content element with thead, caption and tfoot Total (fluid_styled_content, fr)',
    source:
      'TYPO3-CMS/fluid_styled_content v12.4.45 Resources/Private/Templates/Table.html, Resources/Private/Partials/Table/Columns.html, Configuration/TypoScript/ContentElement/Table.typoscript (comma-separated-value data processor)',
    lang: 'fr',
    html: `

    
        <table class="ce-table">
            
                <caption>Plan de financement du projet N-POWER</caption>
            
            
                
                        
                                <thead>
                            
                    
                <tr>
                    
                        

        
                <th>
            
    


        Financeur
    


        
                </th>
            
    


                    
                        

        
                <th>
            
    


        Montant
    


        
                </th>
            
    


                    
                </tr>
                
                        
                            </thead>
                            <tbody>
                        
                    
            
                
                        
                    
                <tr>
                    
                        

        
                
                        <td>
                    
            
    


        FEDER
    


        
                
                        </td>
                    
            
    


                    
                        

        
                <td>
            
    


        269 674,79 €
    


        
                </td>
            
    


                    
                </tr>
                
                        
                    
            
                
                        
                    
                <tr>
                    
                        

        
                
                        <td>
                    
            
    


        Région wallonne
    


        
                
                        </td>
                    
            
    


                    
                        

        
                <td>
            
    


        215 739,83 €
    


        
                </td>
            
    


                    
                </tr>
                
                        
                    
            
                
                        
                    
                <tr>
                    
                        

        
                
                        <td>
                    
            
    


        Ville de Liège
    


        
                
                        </td>
                    
            
    


                    
                        

        
                <td>
            
    


        53 934,96 €
    


        
                </td>
            
    


                    
                </tr>
                
                        
                    
            
                
                        
                            
                                </tbody>
                                <tfoot>
                            
                        
                    
                <tr>
                    
                        

        
                
                        <td>
                    
            
    


        Total
    


        
                
                        </td>
                    
            
    


                    
                        

        
                <td>
            
    


        539 349,58 €
    


        
                </td>
            
    


                    
                </tr>
                
                        
                            
                                    </tfoot>
                                
                        
                    
            
        </table>
    

`,
    expected: [
      { label: 'FEDER', amount: 269674.79 },
      { label: 'Région wallonne', amount: 215739.83 },
      { label: 'Ville de Liège', amount: 53934.96 },
    ],
    statedTotal: 539349.58,
  },
  // Dutch page, Text element: a CKEditor 5 bulleted list of shares written "50%"; lib.parseFunc_RTE passes <ul>
  // through (externalBlocks ul, stripNL). The page states no total, so the city gives it on the element.
  {
    cms: 'TYPO3 12',
    name: 'RTE bulleted list of shares (nl)',
    source:
      'TYPO3-CMS/rte_ckeditor v12.4.45 Configuration/RTE/Default.yaml (bulletedList), Configuration/RTE/Processing.yaml (allowTags ul, li); TYPO3-CMS/fluid_styled_content v12.4.45 Configuration/TypoScript/Helper/ParseFunc.typoscript (externalBlocks ul)',
    lang: 'nl',
    attributes: { total: '539349.58', currency: 'EUR' },
    html: '<ul><li>EFRO: 50%</li><li>Waals Gewest: 40%</li><li>Stad Luik: 10%</li></ul>',
    expected: [
      { label: 'EFRO', share: 50 },
      { label: 'Waals Gewest', share: 40 },
      { label: 'Stad Luik', share: 10 },
    ],
  },
];
