import { expect, test, type Page } from '@playwright/test';
import { readSeed } from '../lib/content/testing/seedFixture';
import { expectNoViolations } from './helpers/axe';
import { ReaderPage } from './helpers/ReaderPage';

// Numbers and dates as the reader reads them: Western or Eastern Arabic digits for everything the
// interface writes, and the Hijri date beside the Gregorian. Chosen in the reading settings,
// remembered, applied before the first paint. The article's own words never change.
const SETTINGS = { ar: 'إعدادات القراءة', en: 'Reading settings' };
const EASTERN = { ar: '٠–٩ (مشرقية)', en: '٠–٩ (Eastern Arabic)' };
const HIJRI = {
  ar: 'التاريخ الهجري بجانب الميلادي (تقويم أم القرى، تقريبي)',
  en: 'Hijri date beside the Gregorian (Umm al-Qura, approximate)',
};
/** The newest article of the e2e library: dated, so its card and page show a date. */
const DATED = { slug: 'synthetic-0045', date: '2025-05-16' };

async function choose(page: Page, locale: 'ar' | 'en', what: { eastern?: boolean; hijri?: boolean }) {
  await page.getByRole('button', { name: SETTINGS[locale] }).click();
  if (what.eastern) await page.getByRole('radio', { name: EASTERN[locale] }).check();
  if (what.hijri) await page.getByRole('switch', { name: HIJRI[locale] }).check();
  await page.keyboard.press('Escape');
}

/** The Umm al-Qura date as the page should write it, from the browser's own calendar. */
const hijriOf = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, {
    calendar: 'islamic-umalqura',
    dateStyle: 'long',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const eastern = (text: string) => text.replace(/\d/g, (digit) => '٠١٢٣٤٥٦٧٨٩'[Number(digit)]!);

test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  for (const locale of ['ar', 'en'] as const) {
    test(`Eastern digits (${locale} UI): the reader's numbers change, the article's words do not; remembered, even without scripts`, async ({
      page,
      browser,
    }) => {
      const reader = await new ReaderPage(page, locale).open();
      const meta = page.locator('main article header');
      const western = (await meta.innerText()).match(/\d+/g)!;
      expect(western.length).toBeGreaterThan(0);
      await choose(page, locale, { eastern: true });
      await expect(page.locator('html')).toHaveAttribute('data-digits', 'arab');
      // Every number the interface writes in the header: reading time, summaries count.
      const shown = await meta.innerText();
      expect(shown).not.toMatch(/\d/);
      for (const number of western) expect(shown).toContain(eastern(number));
      // The navigator's "Section 1 of 8" too.
      await expect(page.getByRole('navigation', { name: reader.text.navigator })).toContainText(eastern('1'));
      expect(await page.getByRole('navigation', { name: reader.text.navigator }).innerText()).not.toMatch(/\d/);
      // The article's own text is verbatim: its 5% and 2035 stay as written.
      await expect(reader.section('lead').locator('.reader-p').first()).toHaveText(readSeed().lead);

      // A return visit without any of Qari's scripts but the head's: the digits are already the reader's.
      const context = await browser.newContext({ storageState: await page.context().storageState() });
      const bare = await context.newPage();
      await bare.route('**/_next/static/chunks/**', (route) => route.abort());
      await bare.goto(reader.path);
      await expect(bare.locator('html')).toHaveAttribute('data-digits', 'arab');
      expect(await bare.locator('main article header').innerText()).not.toMatch(/\d/);
      await context.close();
    });

    test(`the Hijri date beside the Gregorian (${locale} UI): off by default, approximate, the ISO date kept`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/articles/${DATED.slug}`);
      const time = page.locator('main article header time').first();
      await expect(time).toHaveAttribute('datetime', DATED.date);
      const hijri = hijriOf(locale, DATED.date);
      await expect(page.getByText(hijri, { exact: false })).toBeHidden();
      await choose(page, locale, { hijri: true });
      const shown = page.locator('main article header .hijri');
      await expect(shown).toBeVisible();
      await expect(shown).toContainText(hijri);
      await expect(shown).toContainText(locale === 'ar' ? 'تقريبًا' : 'approximately');

      // Remembered on the library (the settings are the reader's, chosen beside an article).
      const library = async () => {
        await page.goto(`/${locale}`);
        return page.getByRole('listitem').filter({ has: page.locator(`a[href="/${locale}/articles/${DATED.slug}"]`) });
      };
      let card = await library();
      await expect(card.locator('.hijri')).toContainText(hijri);
      await page.goto(`/${locale}/articles/${DATED.slug}`);
      await choose(page, locale, { eastern: true });
      card = await library();
      await expect(card.locator('.hijri')).toContainText(eastern(hijri));
      await expect(card.locator('time')).toHaveAttribute('datetime', DATED.date);
      await expectNoViolations(page);
    });
  }
});
