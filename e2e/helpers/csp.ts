import { expect, type Page } from '@playwright/test';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
export async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

/** The violations recorded so far (see watchCspViolations). */
export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** A policy's `script-src` allows inline scripts by hash only, never 'unsafe-inline'. */
export function expectScriptsByHash(policy: string | undefined) {
  const scriptSrc = (policy ?? '').split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
}
