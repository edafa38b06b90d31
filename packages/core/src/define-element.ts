/** A custom element class that may carry the version of the package that defined it. */
export type VersionedElementConstructor = CustomElementConstructor & { readonly version?: string };

/**
 * Registers `tag` unless it is already taken.
 *
 * Partner sites often load the same widget twice (a CDN script in the theme and an npm
 * bundle in a page), and `customElements.define` throws on the second call, which would
 * break whatever script comes after it. The first registration wins; a different version
 * is reported once so the site can clean up its includes.
 */
export function defineElement(tag: string, ctor: VersionedElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElementConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version) {
      console.warn(`<${tag}> version ${ctor.version} not registered: version ${existing.version} already is`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`<${tag}> not registered`, error);
  }
}
