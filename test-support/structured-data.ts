/**
 * Reads a widget's structured data back the way a search engine reads microdata (WHATWG HTML,
 * "Microdata": items, their types and their properties, nested items, URL values from `href`),
 * and shapes it as the JSON-LD the widget was given, so tests can compare it with that.
 * Microdata values are text: numbers come back as strings, and a property seen once is a
 * single value; `asRead()` gives an expected JSON-LD object the same shape.
 */
type Read = string | ReadItem | (string | ReadItem)[];
export interface ReadItem {
  [property: string]: Read;
}

const schemaOrg = 'https://schema.org/';

function itemOf(element: Element): ReadItem {
  const item: ReadItem = {};
  const types = (element.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map((type) => type.replace(schemaOrg, ''));
  if (types.length) item['@type'] = types.length === 1 ? types[0]! : types;
  const id = element.getAttribute('itemid');
  if (id) item['@id'] = id;
  const properties: [string, string | ReadItem][] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
      const nested = child.hasAttribute('itemscope');
      for (const name of names) properties.push([name, nested ? itemOf(child) : valueOf(child)]);
      // The properties of a nested item are its own, not this item's.
      if (!nested) walk(child);
    }
  };
  walk(element);
  for (const [name, value] of properties) {
    const previous = item[name];
    item[name] = previous === undefined ? value : ([] as (string | ReadItem)[]).concat(previous, value);
  }
  return item;
}

function valueOf(element: Element): string {
  if (element.localName === 'meta') return element.getAttribute('content') ?? '';
  // The attribute as written: the widgets write absolute URLs, and `href` would add a trailing slash.
  if (['a', 'area', 'link'].includes(element.localName)) return element.getAttribute('href') ?? '';
  if (element.localName === 'time') return element.getAttribute('datetime') ?? element.textContent ?? '';
  return element.textContent ?? '';
}

/** The structured data in `host`'s light DOM, or `undefined` when there is none. */
export function readStructuredData(host: Element): ReadItem | undefined {
  // Top-level items: those that are not the value of another item's property.
  const top = [...host.querySelectorAll('[itemscope]:not([itemprop])')];
  if (!top.length) return undefined;
  const items = top.map(itemOf);
  return items.length === 1 ? items[0] : { '@graph': items };
}

/** `data` (JSON-LD) as `readStructuredData` reads it back once written as microdata. */
export function asRead(data: unknown): Read | undefined {
  if (data === null || data === undefined) return undefined;
  if (Array.isArray(data)) {
    const values = data.map(asRead).filter((value): value is string | ReadItem => value !== undefined && !Array.isArray(value));
    return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
  }
  if (typeof data !== 'object') return String(data);
  const entries = Object.entries(data).filter(([name]) => name !== '@context');
  const graph = (data as { '@graph'?: unknown })['@graph'];
  if (Array.isArray(graph) && graph.length === 1) return asRead(graph[0]);
  const item: ReadItem = {};
  for (const [name, value] of entries) {
    const read = asRead(value);
    if (read !== undefined) item[name] = read;
  }
  return item;
}
