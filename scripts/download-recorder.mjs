// A web-test-runner command that lets a test page really download files and reads them back,
// so a test can prove that a button saves a file and what the file holds. Chromium only (the
// download manager is reached over CDP); elsewhere it answers `{ supported: false }` and tests
// fall back to reading the download link the page created.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sessions = new Map();

async function start(page) {
  const directory = await mkdtemp(join(tmpdir(), 'np-downloads-'));
  const client = await page.createCDPSession();
  const downloads = [];
  client.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => downloads.push({ guid, suggestedFilename, state: 'inProgress' }));
  client.on('Browser.downloadProgress', ({ guid, state }) => {
    const download = downloads.find((entry) => entry.guid === guid);
    if (download) download.state = state;
  });
  // Files are saved under their guid, so two downloads of one name never overwrite each other.
  await client.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: directory, eventsEnabled: true });
  return { directory, client, downloads };
}

async function stop(recording) {
  await recording.client.send('Browser.setDownloadBehavior', { behavior: 'default' }).catch(() => {});
  await recording.client.detach().catch(() => {});
  await rm(recording.directory, { recursive: true, force: true });
}

export function downloadRecorderPlugin() {
  return {
    name: 'np-download-recorder',
    async executeCommand({ command, payload, session }) {
      if (command !== 'np-downloads') return undefined;
      const isChromium = session.browser.type === 'puppeteer' && ['Chrome', 'Chromium'].includes(session.browser.name);
      const page = isChromium ? session.browser.getPage(session.id) : undefined;
      if (!page) return { supported: false, files: [] };
      const recording = sessions.get(session.id);
      if (payload?.action === 'read') {
        const finished = (recording?.downloads ?? []).filter((download) => download.state === 'completed');
        const files = await Promise.all(
          finished.map(async ({ guid, suggestedFilename }) => ({
            name: suggestedFilename,
            text: await readFile(join(recording.directory, guid), 'utf8'),
          })),
        );
        return { supported: true, files };
      }
      if (recording) await stop(recording);
      sessions.delete(session.id);
      if (payload?.action === 'stop') return { supported: true, files: [] };
      sessions.set(session.id, await start(page));
      return { supported: true, files: [] };
    },
  };
}
