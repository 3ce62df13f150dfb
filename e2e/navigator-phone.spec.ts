import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, ReaderPage } from './helpers/ReaderPage';

// The sticky bar and dialog are the phone's navigator: the phone project runs these.
test.describe('the phone navigator', { tag: '@phone-only' }, () => {
  test('a sticky bar shows the current section and progress as the reader scrolls', async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    await reader.scrollToSection('industry-roles');
    await expect(reader.navigatorButton).toBeInViewport();
    await expect(page.getByText('القسم 4 من 8').first()).toBeVisible();
  });

  test('the dialog opens, keeps focus inside, and closes on Escape with focus back on its button @smoke', async ({
    page,
  }) => {
    const reader = await new ReaderPage(page).open();
    await expect(reader.navigatorButton).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(reader.navigatorButton).toHaveAttribute('aria-expanded', 'false');
    await reader.navigatorButton.click();
    await expect(reader.dialog).toBeVisible();
    await expect(reader.navigatorButton).toHaveAttribute('aria-expanded', 'true');
    // The current section, and only it, is marked in the open dialog, and has the focus.
    const current = reader.dialog.locator('[aria-current="location"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '#lead');
    await expect(current).toBeFocused();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      expect(await reader.dialog.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(reader.dialog).toBeHidden();
    await expect(reader.navigatorButton).toBeFocused();
  });

  test('the open dialog marks the section being read, wherever the reader is', async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    await reader.scrollToSection('industry-roles');
    await reader.navigatorButton.click();
    const current = reader.dialog.locator('[aria-current="location"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('أدوار القطاع الصناعي');
  });

  test('tapping outside the dialog closes it', async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    await reader.navigatorButton.click();
    await expect(reader.dialog).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(reader.dialog).toBeHidden();
    await expect(reader.navigatorButton).toBeFocused();
  });

  for (const width of [320, 390]) {
    test(`no sideways scroll at ${width} px with the dialog open or closed`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      const reader = await new ReaderPage(page).open();
      await expectNoHorizontalScroll(page);
      await reader.navigatorButton.click();
      await expectNoHorizontalScroll(page);
    });
  }

  for (const locale of ['ar', 'en'] as const) {
    test(`the bar cuts a long Arabic title at its end, never its start (${locale} UI)`, async ({ page }) => {
      const reader = await new ReaderPage(page, locale).open();
      await page.setViewportSize({ width: 390, height: 844 });
      await reader.scrollToSection('production-lines');
      await expect(page.getByText(reader.text.progress(6), { exact: true }).filter({ visible: true })).toHaveCount(1);
      const title = page.locator('.navigator-bar [lang="ar"]');
      await expect(title).toHaveAttribute('dir', 'rtl');
      // The title's first letters are inside the bar; the ellipsis takes its last ones.
      const [first, box] = await title.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.firstChild!, 0);
        range.setEnd(element.firstChild!, 4);
        const start = range.getBoundingClientRect();
        const own = element.getBoundingClientRect();
        return [
          { left: start.left, right: start.right },
          { left: own.left, right: own.right, overflows: element.scrollWidth > element.clientWidth },
        ];
      });
      expect(box.overflows).toBe(true);
      expect(first.right).toBeLessThanOrEqual(box.right + 1);
      expect(first.left).toBeGreaterThanOrEqual(box.left - 1);
    });
  }

  test('each section is current once its top reaches just below the sticky bar', async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    const ids = await reader.sections.evaluateAll((sections) => sections.map((section) => section.id));
    for (const [index, id] of ids.entries()) {
      const reachable = await reader.section(id).evaluate((section) => {
        const bar = document.querySelector('.navigator-bar')!.getBoundingClientRect().bottom;
        const target = section.getBoundingClientRect().top + window.scrollY - bar - 8;
        if (target > document.documentElement.scrollHeight - window.innerHeight) return false;
        window.scrollTo({ top: target, behavior: 'instant' });
        return true;
      });
      if (!reachable) continue;
      await expect(
        page.getByText(reader.text.progress(index + 1), { exact: true }).filter({ visible: true }),
      ).toHaveCount(1);
    }
  });
});
