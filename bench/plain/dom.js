// The little a hand-written enhancement script needs: create elements, add a stylesheet once.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  element.append(...children.flat().filter((child) => child != null));
  return element;
}

export function addStyles(css) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** The page's language among those the widgets speak, as a site's own script would pick it. */
export const pageLanguage = () => (['fr', 'nl', 'de', 'en'].includes(document.documentElement.lang.slice(0, 2)) ? document.documentElement.lang.slice(0, 2) : 'en');
