import { expect, test, type Page } from '@playwright/test';
import { readSeed } from '../lib/content/testing/seedFixture';
import { openLibraryPageWith } from './helpers/libraryPages';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';

test.describe.configure({ mode: 'parallel' });

test('the Arabic library lists the seed article and opens it @smoke', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  let link = page.getByRole('link', { name: /مارك روته/ });
  // Undated, the seed comes after every dated article: near the end.
  await openLibraryPageWith(page, 'ar', link);
  await link.click();
  await expect(page).toHaveURL(new ReaderPage(page).path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مارك روته');
  link = page.getByRole('list', { name: 'المواضيع' }).getByRole('link', { name: 'الناتو', exact: true });
  await expect(link).toHaveAttribute('href', '/ar/topics/nato');
});

interface Card {
  slug: string;
  date: string | null;
}

/** The cards of one list page, in order, with the date each shows (a day; "Updated" gives a moment). */
async function cardsOf(page: Page): Promise<Card[]> {
  return page.locator('main ol > li').evaluateAll((items) =>
    items.map((item) => ({
      slug: item.querySelector('h2 a')!.getAttribute('href')!.split('/').at(-1)!,
      date:
        [...item.querySelectorAll('time')]
          .map((time) => time.getAttribute('datetime') ?? '')
          .find((datetime) => /^\d{4}-\d{2}-\d{2}$/.test(datetime)) ?? null,
    })),
  );
}

/** Follows "next" from `start` to the last page, checking "page N of M" and the page sizes. */
async function walkPages(
  page: Page,
  start: string,
  labels: { next: RegExp; position: (n: number, of: number) => string },
) {
  await page.goto(start);
  const cards: Card[] = [];
  let total = 0;
  for (let n = 1; ; n++) {
    const pager = page.getByRole('navigation', { name: /صفحات القائمة|List pages/ });
    if (n === 1 && !(await pager.count())) return { cards: await cardsOf(page), pages: 1 };
    total ||= Number((await pager.getByText(/\d+$/).textContent())?.match(/(\d+)$/)?.[1]);
    // The pager says which page is on screen: its cards are read only once it says so.
    await expect(pager.getByText(labels.position(n, total))).toBeVisible();
    const onPage = await cardsOf(page);
    cards.push(...onPage);
    const next = pager.getByRole('link', { name: labels.next });
    if (n === total) {
      await expect(next).toHaveCount(0);
      expect(onPage.length).toBeGreaterThan(0);
      expect(onPage.length).toBeLessThanOrEqual(20);
      return { cards, pages: total };
    }
    expect(onPage).toHaveLength(20);
    await next.click();
    // Read the next page's cards only once it is the page on screen.
    await expect(page).toHaveURL(new RegExp(`/page/${n + 1}$`));
  }
}

function expectNewestFirst(cards: Card[]) {
  const dated = cards.filter((card) => card.date);
  const firstUndated = cards.findIndex((card) => !card.date);
  // Every dated article first, newest first; then the undated ones, by slug.
  if (firstUndated >= 0) expect(cards.slice(firstUndated).every((card) => !card.date)).toBe(true);
  expect(dated.map((card) => card.date)).toEqual([...dated.map((card) => card.date)].sort().reverse());
  const undated = cards.filter((card) => !card.date).map((card) => card.slug);
  expect(undated).toEqual([...undated].sort());
}

test(
  'the library shows newest first and pages through to the last article, in both languages',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const ar = await walkPages(page, '/ar', { next: /الصفحة التالية/, position: (n, of) => `الصفحة ${n} من ${of}` });
    expect(ar.cards.length).toBeGreaterThanOrEqual(45);
    expect(ar.pages).toBe(Math.ceil(ar.cards.length / 20));
    expectNewestFirst(ar.cards);
    expect(new Set(ar.cards.map((card) => card.slug)).size).toBe(ar.cards.length);
    expect(ar.cards.map((card) => card.slug)).toContain(SEED_SLUG);
    expect(ar.cards.map((card) => card.slug)).not.toContain('fixture-draft');

    const en = await walkPages(page, '/en', { next: /Next page/, position: (n, of) => `Page ${n} of ${of}` });
    expect(en.cards).toEqual(ar.cards);
    // Back: page 2's "previous" returns to the library's root.
    await page.goto('/en/page/2');
    await page.getByRole('link', { name: /Previous page/ }).click();
    await expect(page).toHaveURL(/\/en$/);
  },
);

test(
  'a card: headline in the UI language, date with Latin digits, excerpt, topics and summary count',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto('/en');
    const card = page.locator('main ol > li').first();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(/^Synthetic article \d+: /);
    await expect(card.getByText(/^مقال تركيبي \d+: /)).toBeVisible();
    // As shown (the Eastern-digit copy beside it is hidden: components/site/Digits.tsx).
    await expect(card.locator('time')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, 20\d\d$/, { useInnerText: true });
    await expect(card.getByText(/^At the NATO Industry Forum in Bucharest, .*…$/)).toBeVisible();
    await expect(card.getByRole('list', { name: 'Topics' }).getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/en\/topics\/[a-z-]+$/,
    );
    await expect(card.getByText(/^English summary \d\/\d$/)).toBeVisible();

    await page.goto('/ar');
    const arabic = page.locator('main ol > li').first();
    await expect(arabic.locator('time')).toHaveText(/^\d{1,2} [\u0600-\u06FF]+ 20\d\d$/, { useInnerText: true });
    await expect(arabic.getByText(/^دعا الأمين العام لحلف شمال الأطلسي .*…$/)).toBeVisible();
    await expect(arabic.getByText(/^الملخص بالإنجليزية \d\/\d$/)).toBeVisible();
  },
);

test(
  'the English library card of the seed keeps its author and English excerpt',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const seed = readSeed();
    const card = page.getByRole('listitem').filter({ hasText: /Mark Rutte calls for closer NATO/ });
    await openLibraryPageWith(page, 'en', card);
    await expect(card).toHaveCount(1);
    await expect(card.getByText(/^At the NATO Industry Forum in Bucharest/)).toBeVisible();
    await expect(card.getByText(seed.author, { exact: true })).toBeVisible();
  },
);

for (const [locale, heading, next, position] of [
  ['ar', 'موضوع: الناتو', /الصفحة التالية/, (n: number, of: number) => `الصفحة ${n} من ${of}`],
  ['en', 'Topic: NATO', /Next page/, (n: number, of: number) => `Page ${n} of ${of}`],
] as const) {
  test(
    `a topic page lists that topic's articles, newest first (${locale})`,
    { tag: '@desktop-only' },
    async ({ page }) => {
      await page.goto(`/${locale}/topics/nato`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const topic = await walkPages(page, `/${locale}/topics/nato`, { next, position });
      expect(topic.cards.length).toBeGreaterThan(20);
      expectNewestFirst(topic.cards);
      // Every card on it names the topic.
      await page.goto(`/${locale}/topics/nato`);
      for (const card of await page.locator('main ol > li').all()) {
        await expect(card.getByRole('link', { name: locale === 'ar' ? 'الناتو' : 'NATO', exact: true })).toBeVisible();
      }
    },
  );
}

test('list pages that do not exist are 404 pages', { tag: '@desktop-only' }, async ({ request }) => {
  for (const path of ['/ar/page/1', '/ar/page/99', '/en/page/x', '/ar/topics/nope', '/en/topics/nato/page/99']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toMatch(/الصفحة غير موجودة|Page not found/);
  }
});
