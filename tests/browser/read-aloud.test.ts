import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

// 语音朗读 (src/components/care/read-aloud.ts). Headless Chromium has no voices at all, which is
// the "no Chinese voice" case; the speaking path runs against a stand-in speechSynthesis that
// records what it is asked to say.
const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

type Voice = { name: string; lang: string; localService: boolean };
interface Recorder {
  spoken: Array<{ text: string; lang: string; voice: string | undefined }>;
  calls: string[];
  end(): void;
}

/** Replaces speechSynthesis with a recorder offering `voices`; `end()` finishes the utterance being spoken. */
function installStub(voices: Voice[]) {
  class Utterance extends EventTarget {
    lang = '';
    voice: Voice | null = null;
    constructor(public text: string) {
      super();
    }
  }
  let current: Utterance | null = null;
  const recorder = { spoken: [] as Recorder['spoken'], calls: [] as string[], end: () => current?.dispatchEvent(new Event('end')) };
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u: Utterance) {
      current = u;
      recorder.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
    },
    pause: () => recorder.calls.push('pause'),
    resume: () => recorder.calls.push('resume'),
    cancel: () => recorder.calls.push('cancel'),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  (window as unknown as { recorder: typeof recorder }).recorder = recorder;
}

const status = (page: Page) => page.locator('read-aloud [role="status"]').textContent();
const playLabel = (page: Page) => page.locator('read-aloud [data-read="play"]').textContent();
const recorded = (page: Page) => page.evaluate(() => {
  const { spoken, calls } = (window as unknown as { recorder: Recorder }).recorder;
  return { spoken: [...spoken], calls: [...calls] };
});

/** Opens `path` and puts keyboard focus on the read-aloud button. */
async function openAtReader(page: Page, path: string) {
  await page.goto(base + path);
  await page.locator('read-aloud [data-read="play"]').focus();
}

describe('read aloud', () => {
  it('costs nothing until used: its code loads with the first press of 朗读正文', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    // The page's own islands (share, embed) load as usual; the reading aids' files are care-mode-… and read-aloud-….
    page.on('request', (request) => /care-mode|read-aloud/.test(request.url()) && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${base}/indicators/total-water-use/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => customElements.get('read-aloud'))).toBeUndefined();
    await page.locator('read-aloud [data-read="play"]').click();
    await expect.poll(() => status(page), { timeout: 5000 }).toContain('没有可用的中文语音');
    expect(scripts).toEqual([await page.locator('.care-tools').getAttribute('data-read-src')]);
    await page.close();
  });

  it('says plainly when the browser has no Chinese voice (headless Chromium has none)', async () => {
    const page = await browser.newPage();
    await openAtReader(page, '/');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), { timeout: 5000 }).toContain('没有可用的中文语音');
    await expect(playLabel(page)).resolves.toBe('朗读正文');
    await page.close();
  });

  it('says so when the browser has no speech synthesis', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    const page = await context.newPage();
    await openAtReader(page, '/');
    await page.keyboard.press('Enter');
    // The reader's code loads with this first press, then answers.
    await expect.poll(() => status(page)).toContain('不支持语音朗读');
    await context.close();
  });

  it('will not use a voice that sends the text to a server', async () => {
    const context = await browser.newContext();
    await context.addInitScript(installStub, [{ name: 'Online', lang: 'zh-CN', localService: false }]);
    const page = await context.newPage();
    await openAtReader(page, '/');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toContain('需要联网');
    expect((await recorded(page)).spoken).toEqual([]);
    await context.close();
  });

  it('reads main in Chinese, in order, skipping hidden, search-only and chart-internal text; pause, resume and stop by keyboard', async () => {
    const context = await browser.newContext();
    await context.addInitScript(installStub, [
      { name: 'English', lang: 'en-US', localService: true },
      { name: 'Online', lang: 'zh-CN', localService: false },
      { name: 'Local', lang: 'zh-CN', localService: true },
    ]);
    const page = await context.newPage();
    const path = '/indicators/total-water-use/';
    await openAtReader(page, path);
    const expected = await page.evaluate(() => ({
      h1: document.querySelector('main h1')!.textContent!.trim(),
      takeaway: document.querySelector('main .takeaway')!.textContent!.trim(),
      // A chart's source line sits in data-pagefind-ignore; search terms sit in a hidden block at the end of main.
      ignored: document.querySelector('main [data-pagefind-ignore].source-line')!.textContent!.trim(),
      hidden: document.querySelector('main [hidden] p[data-pagefind-weight]')!.textContent!.trim(),
    }));

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await recorded(page)).spoken.length).toBe(1);
    expect((await recorded(page)).spoken[0]).toEqual({ text: expected.h1, lang: 'zh-CN', voice: 'Local' });
    await expect(status(page)).resolves.toContain('正在朗读');
    await expect(playLabel(page)).resolves.toBe('暂停朗读');

    await page.keyboard.press('Enter');
    await expect(playLabel(page)).resolves.toBe('继续朗读');
    await page.keyboard.press('Space');
    await expect(playLabel(page)).resolves.toBe('暂停朗读');
    expect((await recorded(page)).calls).toEqual(expect.arrayContaining(['pause', 'resume']));

    // Let every piece finish: each ends, the next starts, until the page is read.
    for (let i = 0; i < 400 && !(await status(page))?.includes('已读完'); i += 1) await page.evaluate(() => (window as unknown as { recorder: Recorder }).recorder.end());
    await expect(status(page)).resolves.toContain('已读完');
    const { spoken } = await recorded(page);
    const all = spoken.map((s) => s.text).join('');
    expect(spoken.every((s) => s.lang === 'zh-CN' && s.voice === 'Local' && s.text.length <= 120)).toBe(true);
    expect(all).toContain(expected.takeaway);
    expect(all).not.toContain(expected.ignored);
    expect(all).not.toContain(expected.hidden);
    expect(all).not.toContain('跳到正文');
    // The status badge's symbol is aria-hidden; its words are read.
    expect(all).toContain('已过期限，未见公开数据');
    expect(all).not.toContain('?已过期限');

    // Start again, then Esc stops and focus stays on the button.
    await page.keyboard.press('Enter');
    await expect(playLabel(page)).resolves.toBe('暂停朗读');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('停止朗读');
    await page.keyboard.press('Escape');
    await expect(status(page)).resolves.toBe('已停止朗读。');
    await expect(playLabel(page)).resolves.toBe('朗读正文');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-read'))).toBe('play');
    await expect(page.locator('read-aloud [data-read="stop"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
