import { expect, test } from '@playwright/test';
import { ReaderPage } from './helpers/ReaderPage';
import { readSeed, SEED_SECTION_IDS as IDS } from '../lib/content/testing/seedFixture';

const seed = readSeed();

for (const locale of ['ar', 'en'] as const) {
  test.describe(`section navigator (${locale} UI)`, () => {
    test('lists every section in order, the lead included @smoke', async ({ page }) => {
      const reader = await new ReaderPage(page, locale).open();
      const links = await reader.navigatorLinks();
      await expect(links).toHaveCount(8);
      const lead = locale === 'ar' ? 'مقدمة' : 'Introduction';
      for (const [index, title] of [lead, ...seed.sections.map((s) => s.heading)].entries()) {
        await expect(links.nth(index)).toContainText(title);
        await expect(links.nth(index)).toHaveAttribute('href', `#${IDS[index]}`);
      }
      if (locale === 'en') await expect(links.nth(2)).toContainText("Leaders' commitments");
    });

    test('every entry jumps to its section, sets the hash and moves focus to its heading', async ({ page }) => {
      const reader = await new ReaderPage(page, locale).open();
      for (const [index, id] of IDS.entries()) {
        const links = await reader.navigatorLinks();
        await links.nth(index).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        const heading = reader.section(id).getByRole('heading', { level: 2 });
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
        if (reader.isPhone) await expect(reader.dialog).toBeHidden();
        await reader.expectCurrent(id, index + 1);
      }
    });
  });
}

test('the current entry follows scrolling down and back up, one at a time', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await reader.expectCurrent('lead', 1);
  for (const id of [...IDS.slice(1, -1), ...IDS.slice(0, -1).reverse()]) {
    await reader.scrollToSection(id);
    await reader.expectCurrent(id, IDS.indexOf(id) + 1);
  }
});

test('the last, short section becomes current when the page can scroll no further', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await reader.expectCurrent('strengthening-capabilities', 8);
});

test('a deep link lands on its section with its entry current', async ({ page }) => {
  const reader = await new ReaderPage(page).open('#international-cooperation');
  await expect(reader.section('international-cooperation').getByRole('heading', { level: 2 })).toBeInViewport();
  await reader.expectCurrent('international-cooperation', 5);
});

test('back and forward return to the sections visited', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  for (const index of [2, 5]) {
    await (await reader.navigatorLinks()).nth(index).click();
    await reader.scrollSettled();
  }
  await expect(page).toHaveURL(/#production-lines$/);
  await page.goBack();
  await expect(page).toHaveURL(/#leaders-commitments$/);
  await reader.expectCurrent('leaders-commitments', 3);
  await page.goForward();
  await expect(page).toHaveURL(/#production-lines$/);
  await reader.expectCurrent('production-lines', 6);
});

test('Back from the library returns to the article, at the section the reader was on', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await (await reader.navigatorLinks()).nth(5).click();
  await reader.scrollSettled();
  await page.getByRole('link', { name: 'قارئ: الصفحة الرئيسية' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المكتبة');
  await page.goBack();
  await expect(page).toHaveURL(/#production-lines$/);
  const section = reader.section('production-lines');
  await expect(section.getByRole('heading', { name: seed.sections[4]!.heading })).toBeVisible();
  await expect(section.getByText(seed.sections[4]!.paragraph)).toBeVisible();
  await reader.expectCurrent('production-lines', 6);
});

test('next and previous links at the end of a section move through the article', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await reader
    .section('lead')
    .getByRole('link', { name: /القسم التالي/ })
    .click();
  await expect(page).toHaveURL(/#pillars-of-action$/);
  await reader
    .section('pillars-of-action')
    .getByRole('link', { name: /القسم السابق/ })
    .click();
  await expect(page).toHaveURL(/#lead$/);
  await expect(reader.section('strengthening-capabilities').getByRole('link', { name: /القسم التالي/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the navigator is a working list of links', async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    const links = reader.navigator.getByRole('link');
    await expect(links).toHaveCount(8);
    await expect(links.first()).toBeVisible();
    await links.nth(3).click();
    await expect(page).toHaveURL(/#industry-roles$/);
  });
});
