/**
 * A widget holding a corpus sample, as the CMS page would have it: the element with the city's
 * attributes, the CMS markup inside, in the page's language. Rendered before it resolves.
 */
export async function mountSample<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  sample: { html: string; lang?: string; attributes?: Record<string, string> },
): Promise<T> {
  const el = document.createElement(tag) as T;
  el.lang = sample.lang ?? 'fr';
  for (const [name, value] of Object.entries(sample.attributes ?? {})) el.setAttribute(name, value);
  el.innerHTML = sample.html;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
