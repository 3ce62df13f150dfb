import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, ReaderPage } from './helpers/ReaderPage';

const THEMES = { light: 'rgb(251, 248, 242)', dark: 'rgb(21, 19, 15)', sepia: 'rgb(244, 236, 216)' } as const;

test.describe('reading settings', () => {
  for (const [theme, background] of Object.entries(THEMES)) {
    test(
      `the ${theme} theme is remembered and applied before any script of the app runs`,
      { tag: '@desktop-only' },
      async ({ page }) => {
        const reader = await new ReaderPage(page, 'en').open();
        await page.getByRole('button', { name: 'Reading settings' }).click();
        await page.getByRole('radio', { name: theme[0]!.toUpperCase() + theme.slice(1) }).check();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

        // Reload with the app's JavaScript blocked: only the inline head script can set the theme,
        // so this is the first frame, before hydration.
        await page.route('**/_next/static/**', (route) =>
          route.request().resourceType() === 'script' ? route.abort() : route.continue(),
        );
        await page.goto(reader.path, { waitUntil: 'domcontentloaded' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(background);
      },
    );
  }

  test('follows the system setting until the reader chooses', { tag: '@desktop-only' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await new ReaderPage(page).open();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(THEMES.dark);
  });

  test(
    'Arabic and English text sizes change separately, persist, and never scroll sideways at 320 px',
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const reader = await new ReaderPage(page, 'en').open('?summary=on');
      const paragraph = reader.section('lead').getByRole('paragraph').filter({ hasText: 'دعا الأمين العام' });
      const english = reader.section('lead').getByText(/Speaking at the NATO Industry Forum/);
      const sizeOf = (locator: typeof paragraph) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const [arabicBefore, englishBefore] = [await sizeOf(paragraph), await sizeOf(english)];

      await page.getByRole('button', { name: 'Reading settings' }).click();
      const arabic = page.getByRole('group', { name: 'Arabic text size' });
      for (let i = 0; i < 3; i++) await arabic.getByRole('button', { name: 'Larger' }).click();
      await expect(arabic.getByRole('button', { name: 'Larger' })).toBeDisabled();
      await expect(arabic.getByText('5 of 5')).toBeVisible();
      expect(await sizeOf(paragraph)).toBeGreaterThan(arabicBefore * 1.4);
      expect(await sizeOf(english)).toBe(englishBefore);

      const englishSize = page.getByRole('group', { name: 'English summary size' });
      await englishSize.getByRole('button', { name: 'Smaller' }).click();
      expect(await sizeOf(english)).toBeLessThan(englishBefore);

      await page.reload();
      expect(await sizeOf(paragraph)).toBeGreaterThan(arabicBefore * 1.4);
      await expectNoHorizontalScroll(page);
    },
  );
});

test.describe('printing', () => {
  test(
    'prints the article without the toolbar, navigator or controls; summaries only when on',
    { tag: '@desktop-only' },
    async ({ page }) => {
      const reader = await new ReaderPage(page).open();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(reader.sections).toHaveCount(8);
      await expect(reader.summaryToggle).toBeHidden();
      await expect(page.getByRole('button', { name: 'إعدادات القراءة' })).toBeHidden();
      await expect(page.getByRole('link', { name: 'English', exact: true })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'أقسام المقال' })).toBeHidden();
      await expect(page.getByText(/Speaking at the NATO Industry Forum/)).toBeHidden();

      await page.emulateMedia({ media: 'screen' });
      await reader.summaryToggle.click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText(/Speaking at the NATO Industry Forum/)).toBeVisible();
    },
  );
});

test.describe('copying a link to a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copies the section address with its #id and says so', { tag: '@desktop-only' }, async ({ page }) => {
    const reader = await new ReaderPage(page, 'en').open('?summary=on');
    await reader.section('bucharest-visit').getByRole('button', { name: 'Copy a link to this section' }).click();
    await expect(reader.section('bucharest-visit').getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`${reader.path}#bucharest-visit`, page.url()).href);
  });
});
