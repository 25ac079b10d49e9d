import { expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeInBrowser, expectAccessible, screenshot } from './support/browser.js';
import { browserSuite } from './support/browser-suite.js';
import { patient } from './support/centre-pages.js';

/**
 * The side menu in a 768×1024 window (a tablet held upright, a small office screen): a central administrator's every
 * entry, grouped under its section, can be scrolled to inside the menu's own column and opened, and the page beside it
 * is never covered; a section folds and unfolds; a district officer's shorter menu fits as it is.
 */

jest.setTimeout(420_000);

/** The menu's box, the main content's and its heading's, as the window lays them out. */
async function boxes(page: Page) {
  const menu = await page.getByRole('navigation', { name: 'เมนูหลัก' }).boundingBox();
  const main = await page.locator('main').boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).first().boundingBox();
  if (!menu || !main || !heading) throw new Error('no menu, main content or heading');
  return { menu, main, heading };
}

/** Whether the page's heading starts right of the menu and the main content ends inside the window. */
const besideMenu = ({ menu, main, heading }: Awaited<ReturnType<typeof boxes>>) => heading.x >= menu.x + menu.width - 1 && main.x + main.width <= 768 + 1;

/** Whether the main content's heading is what the window shows at its centre (nothing lies over it). */
const headingOnTop = (page: Page) => page.getByRole('heading', { level: 1 }).first().evaluate((h) => {
  const r = h.getBoundingClientRect();
  const top = h.ownerDocument.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
  return top !== null && h.contains(top);
});

describeInBrowser('the side menu at 768 px', () => {
  const suite = browserSuite();

  it('lets a central administrator reach and open every entry, under its section, without covering the page', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    await menu.getByRole('link').first().waitFor();
    const labels = await menu.getByRole('link').allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(20);
    for (const section of ['งานของศูนย์ดำรงธรรม', 'รายงานและสถิติ', 'การดูแลระบบ', 'ข้อมูลส่วนบุคคล (PDPA)', 'การตรวจสอบ']) {
      await expect(menu.getByRole('button', { name: section }).getAttribute('aria-expanded')).resolves.toBe('true');
    }
    const { menu: menuBox } = await boxes(page);
    // Without its own scrolling the last entries would lie below the window: the wheel over the menu's column brings them in.
    const last = menu.getByRole('link').last();
    await page.mouse.move(menuBox.x + menuBox.width / 2, menuBox.y + menuBox.height / 2);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction((a) => a !== null && a.getBoundingClientRect().bottom <= a.ownerDocument.documentElement.clientHeight,
      await last.elementHandle(), { timeout: 5_000 });
    const lastBox = await last.boundingBox();
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(1024);
    await screenshot(page, 'side-menu-768-scrolled');

    for (const [index, label] of labels.entries()) {
      const link = menu.getByRole('link').nth(index);
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      expect({ label, inWindow: box !== null && box.y >= menuBox.y && box.y + box.height <= 1024 }).toEqual({ label, inWindow: true });
      const href = await link.getAttribute('href');
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect({ label, besideMenu: besideMenu(await boxes(page)) }).toEqual({ label, besideMenu: true });
      await expect(headingOnTop(page)).resolves.toBe(true);
      await expect(link.getAttribute('aria-current')).resolves.toBe('page');
    }
    await expectAccessible(page);
    await screenshot(page, 'side-menu-768-last-page');
  });

  it('folds a section and unfolds it again', async () => {
    const page = patient(await suite.pageAs(suite.app.admin));
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    const section = menu.getByRole('button', { name: 'รายงานและสถิติ' });
    await section.click();
    await expect(section.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.getByRole('link', { name: 'รายงานประจำวัน' }).waitFor({ state: 'hidden' });
    await screenshot(page, 'side-menu-768-folded');
    await section.click();
    await menu.getByRole('link', { name: 'รายงานประจำวัน' }).click();
    await page.waitForURL((url) => url.pathname === '/daily-report');
  });

  it('fits a district officer\'s menu whole, beside the page', async () => {
    const officer = await suite.app.signInAs({ level: 'DISTRICT', office: '4901' });
    const page = patient(await suite.pageAs(officer));
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    await menu.getByRole('link').first().waitFor();
    const last = await menu.getByRole('link').last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(1024);
    expect(besideMenu(await boxes(page))).toBe(true);
    await expect(headingOnTop(page)).resolves.toBe(true);
    await screenshot(page, 'side-menu-768-district');
  });
});
