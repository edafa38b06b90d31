// Plain-DOM consent placeholder: the same group, heading, notice, button and link as
// <np-consent-video> before consent; a click swaps in the player.
import { addStyles, h } from './dom.js';

addStyles(`
  plain-consent-video { display: block; }
  plain-consent-video .stage { display: grid; background: #1f2a37; color: #fff; }
  plain-consent-video .stage::before { content: ''; padding-block-start: 56.25%; grid-area: 1 / 1; }
  plain-consent-video .placeholder { grid-area: 1 / 1; display: flex; flex-direction: column; justify-content: flex-end; gap: 0.5em; padding: 1em; background: linear-gradient(transparent, #000d 45%); }
  plain-consent-video h3, plain-consent-video p { margin: 0; }
  plain-consent-video .actions { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; }
  plain-consent-video button { background: #fff; color: #1f2a37; font: inherit; font-weight: 700; border: 1px solid; border-radius: 0.25em; padding: 0.4em 0.9em; min-block-size: 24px; }
  plain-consent-video a { color: inherit; }
  plain-consent-video iframe { grid-area: 1 / 1; inline-size: 100%; block-size: 100%; border: 0; }
`);

for (const video of document.querySelectorAll('plain-consent-video')) {
  const id = video.getAttribute('video-id');
  const title = video.getAttribute('video-title');
  const play = h('button', { type: 'button' }, 'Accepter et lire la vidéo');
  play.setAttribute('aria-label', `Accepter et lire la vidéo : ${title}`);
  const placeholder = h(
    'div',
    { class: 'placeholder' },
    h('h3', {}, title),
    h('p', {}, 'Cette fonctionnalité nécessite l’acceptation des cookies.'),
    h('p', {}, 'Lue depuis YouTube, qui dépose des cookies et reçoit votre adresse IP.'),
    h('div', { class: 'actions' }, play, h('a', { href: `https://www.youtube.com/watch?v=${id}` }, 'Regarder sur YouTube')),
  );
  const stage = h('div', { class: 'stage', role: 'group', 'aria-label': title }, placeholder);
  play.addEventListener('click', () => {
    placeholder.hidden = true;
    stage.append(h('iframe', { src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`, title, allow: 'autoplay; fullscreen' }));
  });
  video.replaceChildren(stage);
}
