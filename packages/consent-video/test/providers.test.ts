import { expect } from '@open-wc/testing';
import { isHostName, parseTime, parseVideoUrl, playerUrl, providerPosterUrl, watchUrl } from '../src/providers.js';

describe('parseVideoUrl', () => {
  const recognised: [string, object][] = [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s', { provider: 'youtube', id: 'dQw4w9WgXcQ', start: 90 }],
    ['https://youtu.be/dQw4w9WgXcQ?t=42', { provider: 'youtube', id: 'dQw4w9WgXcQ', start: 42 }],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=10', { provider: 'youtube', id: 'dQw4w9WgXcQ', start: 10 }],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', { provider: 'youtube', id: 'dQw4w9WgXcQ' }],
    ['https://vimeo.com/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://vimeo.com/76979871/a1b2c3d4e5#t=30s', { provider: 'vimeo', id: '76979871', hash: 'a1b2c3d4e5', start: 30 }],
    ['https://vimeo.com/channels/staffpicks/76979871', { provider: 'vimeo', id: '76979871' }],
    ['https://player.vimeo.com/video/76979871?h=a1b2c3d4e5', { provider: 'vimeo', id: '76979871', hash: 'a1b2c3d4e5' }],
    ['https://www.dailymotion.com/video/x7tgad0', { provider: 'dailymotion', id: 'x7tgad0' }],
    ['https://www.dailymotion.com/video/x7tgad0_n-power-a-liege', { provider: 'dailymotion', id: 'x7tgad0' }],
    ['https://dai.ly/x7tgad0', { provider: 'dailymotion', id: 'x7tgad0' }],
    ['https://www.dailymotion.com/embed/video/x7tgad0?start=5', { provider: 'dailymotion', id: 'x7tgad0', start: 5 }],
    ['https://geo.dailymotion.com/player.html?video=x7tgad0', { provider: 'dailymotion', id: 'x7tgad0' }],
    [
      'https://tube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d',
      { provider: 'peertube', id: '9c9de5e8-0a1e-484a-b099-e80766180a6d', host: 'tube.example.org' },
    ],
    ['https://tube.example.org/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv', { provider: 'peertube', id: 'kkGMgK9ZtnKfYAgnEtQxbv', host: 'tube.example.org' }],
    ['https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?start=1m', { provider: 'peertube', id: 'kkGMgK9ZtnKfYAgnEtQxbv', host: 'tube.example.org', start: 60 }],
  ];
  for (const [url, expected] of recognised) {
    it(`reads ${url}`, () => expect(parseVideoUrl(url, ['tube.example.org'])).to.deep.equal(expected));
  }

  const refused = [
    'https://example.org/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://vimeo.com/about',
    'https://www.dailymotion.com/user/x',
    'https://other-tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv',
    'javascript:alert(1)//youtu.be/dQw4w9WgXcQ',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'https://player.vimeo.com/video/76979871?h=abc&dnt=0',
    'https://player.vimeo.com/video/76979871?h=a1b2c3%26dnt%3D0',
    'https://tube.example.org/w/kkGMgK9Zt&start=1',
    'https://tube.example.org/w/not_base58_0OIl00000000',
    'https://tube.example.org:8443/w/kkGMgK9ZtnKfYAgnEtQxbv',
    'not a url',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, () => expect(parseVideoUrl(url, ['tube.example.org'])).to.equal(undefined));
  }
});

describe('isHostName', () => {
  for (const host of ['tube.example.org', 'videos.liege.be', 'tube.example.org:8443', 'xn--lige-bpa.be']) {
    it(`accepts ${host}`, () => expect(isHostName(host)).to.equal(true));
  }
  for (const host of ['https://tube.example.org', 'tube.example.org/', 'tube.example.org/w', 'a@tube.example.org', '*.example.org', 'localhost', 'tube.example.org:', 'tube.example.org:70000', '-tube.example.org', '']) {
    it(`refuses ${JSON.stringify(host)}`, () => expect(isHostName(host)).to.equal(false));
  }
});

describe('player and watch URLs', () => {
  it('use the privacy-enhanced players', () => {
    expect(playerUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ', start: 90 }, true)).to.equal(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&start=90',
    );
    expect(playerUrl({ provider: 'vimeo', id: '76979871', hash: 'abcdef', start: 5 }, false)).to.equal(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=0&h=abcdef#t=5s',
    );
    expect(playerUrl({ provider: 'dailymotion', id: 'x7tgad0' }, true)).to.equal(
      'https://www.dailymotion.com/embed/video/x7tgad0?autoplay=1',
    );
    expect(playerUrl({ provider: 'peertube', id: 'kkGMgK9ZtnKfYAgnEtQxbv', host: 'tube.example.org', start: 3 }, false)).to.equal(
      'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?p2p=0&warningTitle=0&autoplay=0&start=3s',
    );
  });

  it('link to the provider’s page', () => {
    expect(watchUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ', start: 4 })).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=4');
    expect(watchUrl({ provider: 'vimeo', id: '76979871', hash: 'abcdef' })).to.equal('https://vimeo.com/76979871/abcdef');
    expect(watchUrl({ provider: 'dailymotion', id: 'x7tgad0' })).to.equal('https://www.dailymotion.com/video/x7tgad0');
    expect(watchUrl({ provider: 'peertube', id: 'kkGMgK9ZtnKfYAgnEtQxbv', host: 'tube.example.org' })).to.equal(
      'https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv',
    );
  });

  it('offer a provider thumbnail for YouTube and Dailymotion only', () => {
    expect(providerPosterUrl({ provider: 'youtube', id: 'dQw4w9WgXcQ' })).to.equal('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(providerPosterUrl({ provider: 'dailymotion', id: 'x7tgad0' })).to.equal('https://www.dailymotion.com/thumbnail/video/x7tgad0');
    expect(providerPosterUrl({ provider: 'vimeo', id: '1' })).to.equal(undefined);
  });

  it('read start times', () => {
    expect(parseTime('90')).to.equal(90);
    expect(parseTime('1h2m3s')).to.equal(3723);
    expect(parseTime('abc')).to.equal(undefined);
    expect(parseTime(null)).to.equal(undefined);
  });
});
