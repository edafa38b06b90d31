import { css } from 'lit';

export const consentVideoStyles = css`
  /* Placeholder and player share one grid cell: the placeholder stays (hidden) under the
     player, so the box keeps its size when the video starts, even when the text made it taller. */
  .stage {
    display: grid;
    border-radius: var(--np-video-radius, var(--np-radius, 0));
    overflow: hidden;
    background: var(--np-video-placeholder-background, #1f2a37);
    color: var(--np-video-placeholder-color, #fff);
  }

  /* The ratio as a minimum height, which the placeholder's text may exceed on narrow screens
     (aspect-ratio alone clips it in WebKit). */
  .stage::before {
    content: '';
    padding-block-start: calc(100% / (var(--_ratio, 16 / 9)));
  }

  .stage::before,
  .stage > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }

  img,
  iframe {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .placeholder,
  .invalid {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    gap: 0.5em;
    padding: var(--np-video-padding, 1em);
    /* Keeps text legible over any poster. */
    background: linear-gradient(transparent, #000d 45%);
  }

  [hidden] {
    visibility: hidden;
  }

  p,
  [part='title'] {
    margin: 0;
  }

  [part='title'] {
    font-weight: 700;
    font-size: 1.15em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  button {
    padding: 0.4em 0.9em;
  }

  /* The box stays dark in every theme, as a player does; the city's colours go on its button. */
  [part='play-button'] {
    background: var(--np-video-button-background, var(--np-accent-text, #fff));
    color: var(--np-video-button-color, var(--np-accent, #1f2a37));
    font-weight: 700;
  }

  /* Inside the dark box, links and buttons keep its colours rather than the page's accent. */
  a,
  [part='preferences-button'] {
    color: inherit;
  }

  iframe {
    border: 0;
  }

  /* Under the box, in the page's colours and size; its padding keeps it a full-size target (WCAG 2.5.8). */
  [part='withdraw-button'] {
    display: block;
    margin-block-start: 0.5em;
  }
`;
