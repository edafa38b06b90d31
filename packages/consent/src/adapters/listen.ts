/**
 * Adds one listener for several event names; returns the way to remove them. `saved`: these
 * events mean the visitor saved their choices in the manager.
 */
export function listen(target: EventTarget, events: readonly string[], onChange: (saved?: boolean) => void, saved = false): () => void {
  const listener = () => onChange(saved);
  events.forEach((event) => target.addEventListener(event, listener));
  return () => events.forEach((event) => target.removeEventListener(event, listener));
}

/** The page's globals, read without trusting their shape: a manager may be half loaded. */
export const pageGlobal = <T>(name: string): T | undefined => (window as unknown as Record<string, T | undefined>)[name];
