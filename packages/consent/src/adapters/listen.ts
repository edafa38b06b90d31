/** Adds one listener for several event names; returns the way to remove them. */
export function listen(target: EventTarget, events: readonly string[], onChange: () => void): () => void {
  events.forEach((event) => target.addEventListener(event, onChange));
  return () => events.forEach((event) => target.removeEventListener(event, onChange));
}

/** The page's globals, read without trusting their shape: a manager may be half loaded. */
export const pageGlobal = <T>(name: string): T | undefined => (window as unknown as Record<string, T | undefined>)[name];
