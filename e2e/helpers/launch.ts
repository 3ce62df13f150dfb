import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (browsers cannot be downloaded here), else Playwright's own.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** How every flow's Chromium starts (playwright.config.ts); a flow may add to its arguments. */
export const launchOptions = {
  executablePath: chromiumPath,
  // Without these, Chromium keeps trying to reach Google's services on a closed network.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
