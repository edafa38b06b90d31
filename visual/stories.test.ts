import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';

/*
 * The built Storybook (storybook-static, served by the test server) as a designer sees it: the
 * preview runs in an iframe of this page and is driven as the Storybook UI drives it.
 * - Every story, in Chromium, in the default theme: what each widget and state looks like.
 * - The N-POWER page story, which holds all five widgets, in every theme of the toolbar, in each
 *   engine: what differs between engines and themes shows there once, not once per story.
 * - The N-POWER page in Dutch, German and English, in Chromium: longer words, other layouts.
 * Each widget's own behaviour in every engine is the functional tests' job. Baselines:
 * visual/screenshots/<engine>/baseline; a changed screenshot fails with the new image and a diff
 * image under visual/screenshots/<engine>/failed (ignored by git).
 */
interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}
interface PreviewWindow extends Window {
  __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void };
  __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase: string } };
}

const index = (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const themes = ((await (await fetch('/.storybook/themes.json')).json()) as { value: string }[]).map(({ value }) => value);
const pageStory = stories.find((story) => story.id.startsWith('n-power-page--'))!;
const chromium = /Chrome\//.test(navigator.userAgent);

const frame = document.createElement('iframe');
// A CMS content column: wide enough for every layout, narrow enough to keep baselines small.
frame.style.cssText = 'display:block;border:0;inline-size:640px;block-size:200px';
document.body.style.margin = '0';
document.body.append(frame);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function openPreview(locale: string, theme: string): Promise<void> {
  // Forced colours cannot be switched on from a page; Chromium emulates the real thing for the
  // theme, the other engines show the theme's system-colour approximation.
  await executeServerCommand('np-forced-colors', { active: theme === 'forced-colors' });
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = `/storybook-static/iframe.html?id=${stories[0]!.id}&viewMode=story&globals=locale:${locale};theme:${theme}`;
  });
  await rendered(stories[0]!.id);
}

/** Waits until the preview has finished rendering the story `id`. */
async function rendered(id: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const render = (frame.contentWindow as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
    if (render?.id === id && ['finished', 'completed'].includes(render.phase)) return;
    if (render?.id === id && ['errored', 'aborted'].includes(render.phase)) throw new Error(`${id} ended in phase ${render.phase}`);
    if (Date.now() > deadline) throw new Error(`${id} did not render (${frame.contentDocument?.title ?? 'no document'})`);
    await nextFrame();
  }
}

/** Every element below `root`, through open shadow roots. */
function* deepElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

async function showStory(id: string): Promise<void> {
  const preview = frame.contentWindow as PreviewWindow;
  preview.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  await rendered(id);
  const document = frame.contentDocument!;
  // Widgets render in a microtask after the story; images and fonts load after that.
  await nextFrame();
  await nextFrame();
  const elements = [...deepElements(document)];
  await Promise.all(elements.filter((element): element is HTMLImageElement => element instanceof HTMLImageElement).map((image) => image.decode().catch(() => {})));
  await document.fonts.ready;
  for (const element of elements) {
    // A third-party player cannot load here (no network): its frame would differ run to run.
    if (element.localName === 'iframe') (element as HTMLElement).style.visibility = 'hidden';
  }
  // Focus rings have their own tests; whether a ring shows after a story's script differs with window focus.
  (document.activeElement as HTMLElement | null)?.blur();
  for (let host: Element | null | undefined = document.activeElement; host?.shadowRoot?.activeElement; host = host.shadowRoot.activeElement) {
    (host.shadowRoot.activeElement as HTMLElement).blur();
  }
}

/**
 * Screenshots the story, in slices as tall as the test window: WebKit's WebDriver draws only
 * what is in the window, so a long story (the N-POWER page) is scrolled through the frame.
 */
async function screenshot(name: string): Promise<void> {
  const preview = frame.contentWindow!;
  // Scrolled by script only: no scroll bar, whose overlay fades in and out in WebKit as it likes.
  preview.document.documentElement.style.overflow = 'hidden';
  frame.style.blockSize = '10px';
  await nextFrame();
  const height = preview.document.documentElement.scrollHeight;
  const slice = Math.min(height, window.innerHeight);
  frame.style.blockSize = `${slice}px`;
  for (let top = 0, part = 1; top < height; top += slice, part++) {
    preview.scrollTo(0, Math.min(top, height - slice));
    await nextFrame();
    await nextFrame();
    await visualDiff(frame, part === 1 ? name : `${name}--${part}`);
  }
}

for (const theme of themes) {
  const shown = chromium && theme === 'default' ? stories : [pageStory];
  describe(`${shown.length > 1 ? 'every story' : 'the N-POWER page'}, ${theme} theme`, () => {
    before(() => openPreview('fr', theme));
    for (const story of shown) {
      it(story.id, async () => {
        await showStory(story.id);
        await screenshot(`${theme}/${story.id}`);
      });
    }
  });
}

describe('the N-POWER page in every language', () => {
  for (const locale of chromium ? ['nl', 'de', 'en'] : []) {
    it(locale, async () => {
      await openPreview(locale, 'default');
      await showStory(pageStory.id);
      await screenshot(`default/${pageStory.id}-${locale}`);
    });
  }
});
