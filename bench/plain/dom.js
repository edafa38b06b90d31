// The little a hand-written enhancement script needs: create elements, add a stylesheet once.
function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  element.append(...children.flat().filter((child) => child != null));
  return element;
}

export const h = (tag, attributes = {}, ...children) => fill(document.createElement(tag), attributes, children);

/** The same for an SVG element. */
export const svg = (tag, attributes = {}, ...children) => fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);

export function addStyles(css) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** The page's language among those the widgets speak, as a site's own script would pick it. */
export const pageLanguage = () => (['fr', 'nl', 'de', 'en'].includes(document.documentElement.lang.slice(0, 2)) ? document.documentElement.lang.slice(0, 2) : 'en');
