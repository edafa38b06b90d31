/** Helpers for tests that load a widget the way a partner's page does. */

/** Opens a page in an iframe: a window of its own, with no Lit and no test code in it. */
export async function openPage(source: { src: string } | { srcdoc: string }, width = 1000, height = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  Object.assign(frame, source);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A page's markup as visitors without JavaScript get it. */
export async function withoutScripts(url: string): Promise<string> {
  return (await (await fetch(url)).text()).replace(/<script[\s\S]*?<\/script>/g, '');
}

/** Adds a module script to a page (this one by default); resolves with the errors it threw while it ran. */
export async function loadModuleScript(src: string, page: Window = window): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  page.addEventListener('error', onError);
  const script = Object.assign(page.document.createElement('script'), { type: 'module', src });
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    page.document.head.append(script);
  });
  page.removeEventListener('error', onError);
  return errors;
}

/** Adds a classic script to this page, as a consent manager's tag is; resolves once it ran. */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Adds a stylesheet to this page. */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}
