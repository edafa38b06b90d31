/**
 * Focuses `target`, which replaces a focused player frame that was just removed, and puts focus
 * back on it once if the browser then drops it.
 *
 * The player is a cross-origin frame, which Chromium runs in another process: focus moving into
 * it is settled by the browser process, a round trip behind the page. When that round trip ends
 * after the visitor has already withdrawn (focus moved to the page, the frame removed), the
 * browser believes the removed frame held focus and gives it to the top frame: a page inside a
 * frame (a CMS preview, Storybook, the tests' pages) loses it, and `activeElement` falls to
 * `<body>`. Seen under load and with the CPU throttled. A visitor does not send focus to
 * `<body>` without a pointer or a key, which end this, as does focus going to another element
 * or the time the browser could take.
 *
 * Returns the way to stop.
 */
/** Far longer than the browser's focus round trip seen with the CPU throttled six times (under 100 ms). */
const browserRoundTrip = 3000;

export function keepFocus(target: HTMLElement): () => void {
  const document = target.ownerDocument;
  const window = document.defaultView!;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const lifetime = setTimeout(stop, browserRoundTrip);

  const fellToNowhere = () => {
    const active = document.activeElement;
    return !active || active === document.body || active === document.documentElement;
  };
  // A task later: the browser finishes moving focus before the page can see where it went.
  const check = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (!target.isConnected || !fellToNowhere()) return;
      stop();
      target.focus();
    });
  };
  const elsewhere = (event: Event) => {
    if (event.composedPath()[0] !== target) stop();
  };
  const userEvents = ['pointerdown', 'keydown'] as const;

  function stop(): void {
    clearTimeout(pending);
    clearTimeout(lifetime);
    target.removeEventListener('focusout', check);
    window.removeEventListener('blur', check);
    document.removeEventListener('focusin', elsewhere, true);
    userEvents.forEach((type) => document.removeEventListener(type, stop, true));
  }

  target.addEventListener('focusout', check);
  window.addEventListener('blur', check);
  document.addEventListener('focusin', elsewhere, true);
  userEvents.forEach((type) => document.addEventListener(type, stop, true));
  target.focus();
  return stop;
}
