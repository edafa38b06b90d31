export type Provider = 'youtube' | 'vimeo' | 'dailymotion' | 'peertube';

/** A video on a provider, enough to build its player and watch URLs. */
export interface VideoRef {
  provider: Provider;
  id: string;
  /** PeerTube instance, for example `tube.example.org`. */
  host?: string;
  /** Vimeo's private-link hash for unlisted videos. */
  hash?: string;
  /** Start time in seconds, when the URL carried one. */
  start?: number;
}

export const providerNames: Record<Provider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  dailymotion: 'Dailymotion',
  peertube: 'PeerTube',
};

/** Each provider's id alphabet: anything else could add a path or parameters to the player URL. */
const idPatterns: Record<Provider, RegExp> = {
  youtube: /^[\w-]{11}$/,
  vimeo: /^\d{1,12}$/,
  dailymotion: /^x[a-z0-9]{4,10}$/i,
  // A full UUID (/videos/watch/…) or its base58 short form (/w/…).
  peertube: /^(?:[\dA-Fa-f]{8}(?:-[\dA-Fa-f]{4}){3}-[\dA-Fa-f]{12}|[1-9A-HJ-NP-Za-km-z]{21,22})$/,
};

/** Vimeo's private-link hash: hexadecimal only, so that it cannot add player parameters (`dnt`…). */
const vimeoHash = /^[\da-f]{6,20}$/i;

/**
 * A PeerTube instance as `peertube-hosts` lists it: a host name, with a port only when one is
 * written (`tube.example.org`, `videos.example.org:8443`). No scheme, path, credentials or
 * wildcard, so an editor's typo cannot frame another origin or path.
 */
export const isHostName = (value: string): boolean =>
  /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z](?:[a-z\d-]{0,61}[a-z\d])?(?::\d{1,5})?$/i.test(value) &&
  Number(value.split(':')[1] ?? 0) <= 65535;

// Own keys only: `toString` or `constructor` is not a provider.
export const isProvider = (value: unknown): value is Provider =>
  typeof value === 'string' && Object.hasOwn(providerNames, value);

export const isValidId = (provider: Provider, id: string): boolean => idPatterns[provider].test(id);

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds. */
export function parseTime(value: string | null | undefined): number | undefined {
  const match = value?.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/);
  if (!value || !match) return undefined;
  const [, hours = 0, minutes = 0, seconds = 0] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

const youtubeHosts = /^(?:www\.|m\.|music\.)?youtube(?:-nocookie)?\.com$/;

/**
 * Reads provider and id from any usual watch, share, short or embed URL. PeerTube URLs are
 * recognised only on the instances listed, since any host could run PeerTube.
 */
export function parseVideoUrl(src: string, peertubeHosts: readonly string[] = []): VideoRef | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  // With its port when the URL has one other than the scheme's default: `peertube-hosts` must list it.
  const hostAndPort = url.host.toLowerCase();
  const path = url.pathname.split('/').filter(Boolean);
  const params = url.searchParams;
  const hashTime = parseTime(new URLSearchParams(url.hash.slice(1)).get('t'));
  const start = parseTime(params.get('t') ?? params.get('start') ?? params.get('startTime')) ?? hashTime;
  let ref: VideoRef | undefined;

  if (host === 'youtu.be') {
    ref = { provider: 'youtube', id: path[0] ?? '' };
  } else if (youtubeHosts.test(host)) {
    const id = path[0] === 'watch' ? params.get('v') : ['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '') ? path[1] : null;
    ref = { provider: 'youtube', id: id ?? '' };
  } else if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    const index = path.findIndex((segment) => /^\d+$/.test(segment));
    const next = path[index + 1];
    const hash = params.get('h') ?? (next && vimeoHash.test(next) ? next : undefined);
    if (hash !== undefined && !vimeoHash.test(hash)) return undefined;
    ref = { provider: 'vimeo', id: path[index] ?? '', ...(hash ? { hash } : {}) };
  } else if (host === 'dai.ly') {
    ref = { provider: 'dailymotion', id: path[0] ?? '' };
  } else if (/^(?:www\.|geo\.)?dailymotion\.com$/.test(host)) {
    const id = params.get('video') ?? path[path.indexOf('video') + 1] ?? '';
    // Old URLs append a slug: /video/x7tgad0_n-power-a-liege
    ref = { provider: 'dailymotion', id: id.split('_')[0]! };
  } else if (peertubeHosts.includes(hostAndPort)) {
    const id = path[0] === 'w' ? path[1] : path[0] === 'videos' && (path[1] === 'watch' || path[1] === 'embed') ? path[2] : '';
    ref = { provider: 'peertube', id: id ?? '', host: hostAndPort };
  }
  if (!ref || !isValidId(ref.provider, ref.id)) return undefined;
  if (start) ref.start = start;
  return ref;
}

/** The privacy-enhanced player: no cookies before play where the provider offers it. */
export function playerUrl({ provider, id, host, hash, start }: VideoRef, autoplay: boolean): string {
  const play = `autoplay=${autoplay ? 1 : 0}`;
  const from = (prefix: string, unit = '') => (start ? `${prefix}${start}${unit}` : '');
  return {
    youtube: `https://www.youtube-nocookie.com/embed/${id}?rel=0&${play}${from('&start=')}`,
    vimeo: `https://player.vimeo.com/video/${id}?dnt=1&${play}${hash ? `&h=${hash}` : ''}${from('#t=', 's')}`,
    dailymotion: `https://www.dailymotion.com/embed/video/${id}?${play}${from('&start=')}`,
    // p2p=0: no WebRTC, which would share the visitor's address with other viewers.
    peertube: `https://${host}/videos/embed/${id}?p2p=0&warningTitle=0&${play}${from('&start=', 's')}`,
  }[provider];
}

/** A plain link to the video on the provider's site: no request until the visitor follows it. */
export function watchUrl({ provider, id, host, hash, start }: VideoRef): string {
  const at = (prefix: string) => (start ? `${prefix}${start}` : '');
  return {
    youtube: `https://www.youtube.com/watch?v=${id}${at('&t=')}`,
    vimeo: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}${at('#t=')}`,
    dailymotion: `https://www.dailymotion.com/video/${id}${at('?start=')}`,
    peertube: `https://${host}/w/${id}${at('?start=')}`,
  }[provider];
}

/** The provider's own thumbnail, fetched only when the site asks for it with `provider-poster`. */
export function providerPosterUrl(ref: VideoRef): string | undefined {
  if (ref.provider === 'youtube') return `https://i.ytimg.com/vi/${ref.id}/hqdefault.jpg`;
  if (ref.provider === 'dailymotion') return `https://www.dailymotion.com/thumbnail/video/${ref.id}`;
  return undefined;
}
