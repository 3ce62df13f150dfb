import { expect, test, type Page } from '@playwright/test';
import { openLibraryPageWith } from './helpers/libraryPages';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';
import { hydrated } from './helpers/ready';

// "Continue reading": the reader's place is remembered on the device (localStorage) only.
const FIFTH = { id: 'international-cooperation', heading: 'التعاون الدولي' };

/** The seed's card on the Arabic library: found by its headline link, wherever it is listed. */
function seedCard(page: Page) {
  return page.getByRole('listitem').filter({ has: page.locator(`a[href="/ar/articles/${SEED_SLUG}"]`) });
}

/** Reads down to the fifth section, as a reader scrolling would, and lets the place be saved. */
async function readToFifthSection(reader: ReaderPage) {
  await reader.open();
  await reader.scrollToSection(FIFTH.id);
  await reader.scrollSettled();
  await reader.expectCurrent(FIFTH.id, 5);
  // Saved once the scrolling has stopped for a moment.
  await expect
    .poll(() => reader.page.evaluate(() => window.localStorage.getItem('qari:places') ?? ''))
    .toContain(`"section":"${FIFTH.id}"`);
}

test('the library card offers to continue at the section reached, and the article offers it too', async ({ page }) => {
  const reader = new ReaderPage(page);
  await readToFifthSection(reader);

  const card = seedCard(page);
  await openLibraryPageWith(page, 'ar', card);
  await expect(card.getByText('القسم 5 من 8')).toBeVisible();
  const onward = card.getByRole('link', { name: 'تابع القراءة' });
  await expect(onward).toHaveAttribute('href', `/ar/articles/${SEED_SLUG}#${FIFTH.id}`);

  // Reopening the article (no section in the address): an offer, never a jump.
  await reader.open();
  const offer = page.getByRole('link', { name: /^تابع من «.+»$/ });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText(FIFTH.heading);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`#${FIFTH.id}$`));
  await reader.expectCurrent(FIFTH.id, 5);
  await expect(offer).toHaveCount(0);
});

test('the offer can be dismissed, and a link to a section always wins', async ({ page }) => {
  const reader = new ReaderPage(page);
  await readToFifthSection(reader);

  await reader.open();
  await page.getByRole('button', { name: 'إخفاء اقتراح المتابعة' }).click();
  await expect(page.getByRole('link', { name: /^تابع من/ })).toHaveCount(0);

  // A deep link to section 2 lands on section 2, with no offer to go elsewhere.
  await page.goto('about:blank');
  await reader.open('#pillars-of-action');
  await reader.expectCurrent('pillars-of-action', 2);
  await expect(reader.section('pillars-of-action').getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(page.getByRole('link', { name: /^تابع من/ })).toHaveCount(0);
});

test('reading to the end marks the article read in the library', async ({ page }) => {
  const reader = new ReaderPage(page, 'en');
  await reader.open();
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await reader.scrollSettled();
  await expect
    .poll(() => page.evaluate(() => window.localStorage.getItem('qari:places') ?? ''))
    .toContain('"read":true');

  const card = page.getByRole('listitem').filter({ has: page.locator(`a[href="/en/articles/${SEED_SLUG}"]`) });
  await openLibraryPageWith(page, 'en', card);
  await expect(card.getByText('✓ Read')).toBeVisible();
  await expect(card.getByRole('link', { name: 'Continue reading' })).toHaveCount(0);
  // A finished article offers nothing to continue.
  await reader.open();
  await expect(page.getByRole('link', { name: /^Continue from/ })).toHaveCount(0);
});

test('nothing is remembered for an article only opened, and nothing is sent anywhere', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') requests.push(`${request.method()} ${request.url()}`);
  });
  const reader = new ReaderPage(page);
  await reader.open();
  await hydrated(page);
  // Leaving the page is when a place would be saved (pagehide): an article only opened keeps none.
  await page.goto('/ar');
  expect(await page.evaluate(() => window.localStorage.getItem('qari:places'))).toBeNull();
  await readToFifthSection(reader);
  expect(requests).toEqual([]);
});
