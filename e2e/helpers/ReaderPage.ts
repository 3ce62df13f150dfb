import { expect, type Page } from '@playwright/test';

export const SEED_SLUG = 'nato-rutte-bucharest-industry-forum';

/** The reading page, located the way a reader finds things: by role and visible text. */
export class ReaderPage {
  constructor(
    readonly page: Page,
    readonly locale: 'ar' | 'en' = 'ar',
    readonly slug = SEED_SLUG,
  ) {}

  get path() {
    return `/${this.locale}/articles/${this.slug}`;
  }

  async open(suffix = '') {
    const response = await this.page.goto(this.path + suffix);
    expect(response?.status()).toBe(200);
    return this;
  }

  get body() {
    return this.page.locator('main [lang="ar"][dir="rtl"]').filter({ has: this.page.getByRole('region') });
  }

  get sections() {
    return this.body.getByRole('region');
  }

  get languageSwitch() {
    return this.page.getByRole('link', { name: this.locale === 'ar' ? 'English' : 'العربية' });
  }
}

/** Fails the test on any console error or uncaught exception the page produces. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
