import { expect, type Locator, type Page } from '@playwright/test';

export const SEED_SLUG = 'nato-rutte-bucharest-industry-forum';

const TEXT = {
  ar: {
    progress: (n: number) => `القسم ${n} من 8`,
    navigator: 'أقسام المقال',
    open: 'الأقسام',
    summary: /الملخص بالإنجليزية/,
    switchTo: 'English',
    next: /القسم التالي/,
  },
  en: {
    progress: (n: number) => `Section ${n} of 8`,
    navigator: 'Sections',
    open: 'Sections',
    summary: /English summary/,
    switchTo: 'العربية',
    next: /Next section/,
  },
};

/** The reading page, located the way a reader finds things: by role and visible text. */
export class ReaderPage {
  readonly text: (typeof TEXT)['ar'];

  constructor(
    readonly page: Page,
    readonly locale: 'ar' | 'en' = 'ar',
    readonly slug = SEED_SLUG,
  ) {
    this.text = TEXT[locale];
  }

  get path() {
    return `/${this.locale}/articles/${this.slug}`;
  }

  async open(suffix = '') {
    const response = await this.page.goto(this.path + suffix);
    expect(response?.status()).toBe(200);
    return this;
  }

  get isPhone() {
    return (this.page.viewportSize()?.width ?? 0) < 1024;
  }

  get body() {
    return this.page.locator('main [lang="ar"][dir="rtl"]').filter({ has: this.page.getByRole('region') });
  }

  get sections() {
    return this.body.getByRole('region');
  }

  section(id: string): Locator {
    return this.page.locator(`section#${id}`);
  }

  get navigator() {
    return this.page.getByRole('navigation', { name: this.text.navigator });
  }

  get navigatorButton() {
    return this.page.getByRole('button', { name: this.text.open });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: this.text.navigator });
  }

  /** The navigator's links, opening the phone dialog first where the list lives there. */
  async navigatorLinks() {
    if (this.isPhone && !(await this.dialog.isVisible())) await this.navigatorButton.click();
    return this.navigator.getByRole('link');
  }

  get currentEntry() {
    return this.navigator.locator('a[aria-current="location"]');
  }

  /**
   * Asserts which section the reader is shown as being in: the one marked entry in the
   * desktop navigator, or the phone bar's "section N of 8".
   */
  async expectCurrent(id: string, position: number) {
    if (this.isPhone && !(await this.dialog.isVisible())) {
      await expect(
        this.page.getByText(this.text.progress(position), { exact: true }).filter({ visible: true }),
      ).toHaveCount(1);
    } else {
      await expect(this.currentEntry).toHaveCount(1);
      await expect(this.currentEntry).toHaveAttribute('href', `#${id}`);
    }
  }

  get summaryToggle() {
    return this.page.getByRole('button', { name: this.text.summary });
  }

  get languageSwitch() {
    return this.page.getByRole('link', { name: this.text.switchTo, exact: true });
  }

  /** Waits until a smooth scroll has come to rest (no scroll event for 300 ms). */
  async scrollSettled() {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let timer = window.setTimeout(resolve, 300);
          const onScroll = () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(() => {
              window.removeEventListener('scroll', onScroll);
              resolve();
            }, 300);
          };
          window.addEventListener('scroll', onScroll, { passive: true });
        }),
    );
  }

  /** Scrolls (instantly) so the section's top sits just under the top of the viewport. */
  async scrollToSection(id: string) {
    await this.section(id).evaluate((el) => {
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 20, behavior: 'instant' });
    });
  }
}

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
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
