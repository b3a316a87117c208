import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The phone the browser tests read the site on (the issues' 390 px first screen). */
export const PHONE = { width: 390, height: 844 };

/** Presses Tab until the element matching `selector` has focus, enough times to go round a long page; fails if it never does. */
export async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
  for (let i = 0; i <= limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

/** Chooses 关怀模式 in a context before any page opens, as a returning reader's stored choice (the head script's key). */
export async function chooseCareMode(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => localStorage.setItem('jieshui-care', 'on'));
}

/** Launches Debian's Chromium the way it works on these machines (no downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** One page of each template: the pages axe and the keyboard tests visit. */
export const TEMPLATE_PAGES = [
  '/',
  '/plan/',
  '/plan/annex/',
  '/targets/',
  '/responsibilities/',
  '/departments/',
  '/departments/water/',
  '/projects/',
  '/projects/urban/',
  '/tasks/leakage-control/',
  '/measures/dual-control/',
  '/mechanisms/water-pricing/',
  '/safeguards/leadership/',
  '/about/',
  '/accessibility/',
  '/targets/total-water-use-2022/',
  '/targets/status/overdue-no-data/',
  '/indicators/',
  '/indicators/total-water-use/',
  '/methods/',
  '/data/',
  '/search/',
  '/search/?q=再生水',
  '/tips/',
  '/tips/place/bathroom/',
  '/tips/for/school/',
  '/tips/print/',
  '/calculator/',
  '/labels/',
  '/learn/',
  '/learn/stage/junior/',
  '/learn/home-water-audit/',
  '/learn/field-trip-education-base/',
  '/learn/field-trip-education-base/worksheet/',
  '/learn/teachers/',
  '/sites/',
  '/sites/type/education-base/',
  '/sites/county/keqiao/',
  '/sites/keqiao-reclaimed-water-project/',
  '/sites/progress/',
  '/counties/',
  '/counties/zhuji/',
  '/updates/',
  '/updates/2026-11-29/',
  '/request/',
  '/targets/demo-hotels-2022/request/',
  '/embed/',
  '/embed/total-water-use/',
  '/no-such-page/',
];

/** The WCAG rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
