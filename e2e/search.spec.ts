import { expect, test, type Page } from '@playwright/test';
import { SEED_SLUG } from './helpers/ReaderPage';
import { everythingLoaded } from './helpers/ready';

const UI = {
  ar: { search: 'البحث', field: 'ابحث في المقالات', count: /^عدد النتائج: \d+$/ },
  en: { search: 'Search', field: 'Search the articles', count: /^Results: \d+$/ },
};

function searchOf(page: Page, locale: 'ar' | 'en') {
  const search = page.getByRole('search', { name: UI[locale].search });
  const results = search.locator('#site-search-results');
  return { field: search.getByRole('searchbox', { name: UI[locale].field }), results, hits: results.getByRole('link') };
}

async function hrefs(hits: ReturnType<typeof searchOf>['hits']) {
  return hits.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

test('an Arabic word typed without its diacritics, hamza or ta marbuta finds its section, and opens it @smoke', async ({
  page,
}) => {
  await page.goto('/ar');
  const { field, results, hits } = searchOf(page, 'ar');
  // "الإبداعية", as a reader types it on a phone: no hamza, ه for ة.
  await field.fill('الابداعيه');
  await expect(results.getByRole('status')).toHaveText(UI.ar.count, { useInnerText: true });
  await expect(hits.first()).toBeVisible();
  // Every hit that quotes the word leads to its section (others are found by its stem, الإبداع).
  const quoting = hits.filter({ has: page.locator('mark') });
  await expect(quoting.first()).toBeVisible();
  for (const href of await hrefs(quoting)) expect(href).toMatch(/^\/ar\/articles\/[a-z0-9-]+#industry-roles$/);
  await expect(hits.first().locator('mark')).toHaveText(['الإبداعية']);
  await hits.first().click();
  await expect(page).toHaveURL(/\/ar\/articles\/[a-z0-9-]+#industry-roles$/);
  await expect(page.locator('#industry-roles-heading')).toBeInViewport();
});

test(
  'an English word from a summary finds its section in the English UI',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto(`/en/articles/${SEED_SLUG}`);
    const { field, results, hits } = searchOf(page, 'en');
    await field.fill('australia');
    await expect(results.getByRole('status')).toHaveText(UI.en.count, { useInnerText: true });
    for (const href of await hrefs(hits))
      expect(href).toMatch(/^\/en\/articles\/[a-z0-9-]+#international-cooperation$/);
    await expect(hits.first().locator('mark').first()).toHaveText('Australia');
    await expect(hits.first()).toContainText(/^Synthetic article \d+|^From Bucharest/);
    await hits.first().click();
    await expect(page).toHaveURL(/\/en\/articles\/[a-z0-9-]+#international-cooperation$/);
  },
);

test(
  'a search covers the whole archive: every shard of the index answers, the oldest too',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/ar');
    const { field, results, hits } = searchOf(page, 'ar');
    // An undated article comes after every dated one: in the e2e build's last shard of 20.
    await field.fill('ينقصه');
    await expect(results.getByRole('status')).toHaveText('عدد النتائج: 1', { useInnerText: true });
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toContainText('مقال تجريبي ينقصه ملخص قسم');
    expect(
      [...new Set(requested.filter((path) => /^\/search-index\/\d+\/pagefind-entry\.json$/.test(path)))].sort(),
    ).toEqual([
      '/search-index/0/pagefind-entry.json',
      '/search-index/1/pagefind-entry.json',
      '/search-index/2/pagefind-entry.json',
    ]);
  },
);

test(
  'the newest articles answer first; the older shards are loaded after, and their hits follow',
  { tag: '@desktop-only' },
  async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The older shards of the e2e build (20 articles each) answer only when the test lets them.
    await page.route(/\/search-index\/[12]\//, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/ar');
    const { field, results, hits } = searchOf(page, 'ar');
    await field.fill('روته');
    await expect(hits.first()).toBeVisible();
    await expect(results.getByRole('status')).toHaveText('جارٍ البحث…');
    release();
    await expect(results.getByRole('status')).toHaveText(UI.ar.count, { useInnerText: true });
  },
);

test('a search with no match says so', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto('/en');
  const { field, results, hits } = searchOf(page, 'en');
  await field.fill('zzzqqq');
  await expect(results.getByRole('status')).toHaveText('No results for this search.');
  await expect(hits).toHaveCount(0);
});

test(
  'keyboard: / focuses search, the arrows move through the results, Enter opens one',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto(`/en/articles/${SEED_SLUG}`);
    const { field, hits } = searchOf(page, 'en');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.keyboard.type('rutte');
    await expect(hits.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(hits.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(hits.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = await hits.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  },
);

test(
  'the search code and index load only when the reader starts searching',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`/ar/articles/${SEED_SLUG}`);
    await everythingLoaded(page);
    expect(requested.filter((path) => path.startsWith('/search-index/'))).toEqual([]);
    const { field, hits } = searchOf(page, 'ar');
    await field.fill('روته');
    await expect(hits.first()).toBeVisible();
    expect(requested).toContain('/search-index/0/pagefind.js');
  },
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search field says that search needs JavaScript, and nothing breaks', async ({ page }) => {
    await page.goto('/ar');
    await expect(page.getByText('البحث يحتاج إلى تفعيل جافاسكربت.')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  });
});
