import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A process of its own: it may take seconds while `npm test` builds beside it.
describe('npm start', { timeout: 20_000 }, () => {
  it('without a build, says what to run and stops, before anything else', () => {
    const result = spawnSync(process.execPath, [path.join('lib', 'http', 'serve.mjs'), '--port', '0'], {
      env: { ...process.env, QARI_DIST_DIR: '.next-none-here' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'No production build in .next-none-here/. Build first:  SITE_URL=http://localhost:3000 npm run build',
    );
  });
});
