import { html, svg, type TemplateResult } from 'lit';

/*
 * The EU emblem to its official geometry (European Commission graphic specifications): a 3:2
 * blue rectangle; twelve gold five-pointed stars, each with one point upwards, at the hours of
 * a clock on an invisible circle whose radius is a third of the height; each star's points on
 * a circle of radius one eighteenth of the height. Here the height is 540 units.
 */
const height = 540;
const centre = { x: 405, y: 270 };
const ringRadius = height / 3;
const starRadius = height / 18;
// Inner radius of a regular five-pointed star: R · sin 18° / cos 36°.
const innerRadius = (starRadius * Math.sin(Math.PI / 10)) / Math.cos(Math.PI / 5);

function star(cx: number, cy: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? innerRadius : starRadius;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

const stars = Array.from({ length: 12 }, (_, hour) => {
  const angle = (hour * Math.PI) / 6;
  return star(centre.x + ringRadius * Math.sin(angle), centre.y - ringRadius * Math.cos(angle));
});

/**
 * The emblem as an image. With the statement beside it, it is the EU's "Co-funded by" logo,
 * whose alternative text is that statement.
 */
export const euEmblem = (label: string): TemplateResult => html`<svg
  part="eu-emblem"
  viewBox="0 0 810 540"
  role="img"
  aria-label=${label}
>
  <rect width="810" height="540" fill="#039" />
  ${stars.map((points) => svg`<polygon points=${points} fill="#fc0" />`)}
</svg>`;
