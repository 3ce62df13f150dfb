import { expect, test } from '@playwright/test';
import { SEED_SLUG } from './helpers/ReaderPage';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // The seed's history, as its first real correction kept it (content/history/): version 1 as it
  // was published, version 2 with its summaries corrected and its unknown source removed.
  test.skip(({ isMobile }) => isMobile, 'a server-rendered page, the same on a phone');

  const HISTORY = (locale: 'ar' | 'en') => `/${locale}/articles/${SEED_SLUG}/history`;

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the history lists every version, newest first, with its note, and is not for search engines', async ({
      page,
    }) => {
      await page.goto(HISTORY('en'));
      await expect(page.getByRole('heading', { level: 1, name: 'History of this article' })).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const versions = page.getByRole('main').getByRole('listitem');
      await expect(versions).toHaveCount(2);
      await expect(versions.first()).toContainText('Version 2');
      await expect(versions.first()).toContainText('The English summaries of this article were corrected');
      await expect(versions.last()).toContainText('Version 1');
      await expect(versions.last()).toContainText('First published');
      // The Arabic UI gives the Arabic note.
      await page.goto(HISTORY('ar'));
      await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('صُحِّحت الملخصات الإنجليزية');
    });

    test('two versions compared: exactly the changed words, struck or marked, and said so', async ({ page }) => {
      await page.goto(HISTORY('en'));
      // The form works without JavaScript: the proxy sends ?from=&to= to the pair's page.
      await page.getByLabel('From', { exact: true }).selectOption('1');
      await page.getByLabel('To', { exact: true }).selectOption('2');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page).toHaveURL(new RegExp(`${HISTORY('en')}/1/2$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Changes from version 1 to version 2' })).toBeVisible();
      // No word of the Arabic text changed: only the byline's unknown source went.
      const byline = page.getByRole('region', { name: 'Byline and source' });
      await expect(byline.locator('del')).toHaveText(['removed: \nغير معروف']);
      await expect(byline.locator('ins')).toHaveCount(0);
      // The lead's summary: the omitted warning added, "Citing" gone, the rest as it was.
      const lead = page.getByRole('region', { name: 'Introduction' });
      await expect(
        lead.locator('[lang="en"] ins').filter({ hasText: 'will not end with the end of the war' }),
      ).toHaveCount(1);
      await expect(lead.locator('[lang="en"] del').filter({ hasText: 'Citing' })).toHaveCount(1);
      await expect(lead.locator('[lang="en"] .diff-text')).toContainText(
        'Speaking at the NATO Industry Forum, which opened today',
      );
      // Parts that did not change are not listed: the headlines, the article summary, the glossary.
      for (const unchanged of ['Headline', 'Article summary', 'Glossary'])
        await expect(page.getByRole('region', { name: unchanged })).toHaveCount(0);
    });
  });

  test('an unknown pair of versions, or one the wrong way round, is a 404', async ({ request }) => {
    for (const path of ['/1/3', '/2/1', '/0/1', '/1/1', '/01/2']) {
      expect((await request.get(`${HISTORY('ar')}${path}`)).status(), path).toBe(404);
    }
    // Asked through the form: a pair that exists is sent to its page, one that does not is a 404.
    const asked = (query: string) => request.get(`${HISTORY('ar')}?${query}`, { maxRedirects: 0 });
    expect((await asked('from=2&to=1')).headers()['location']).toMatch(/\/history\/1\/2$/);
    for (const query of ['from=-1&to=2', 'from=1e3&to=2', 'from=1&to=9'])
      expect((await asked(query)).status(), query).toBe(404);
  });
});
