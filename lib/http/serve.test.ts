import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const serve = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join('lib', 'http', 'serve.mjs'), '--port', '0'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

/** A build directory holding only what `npm start` reads before it starts Next. */
function buildFor(siteUrl: string | null) {
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-build-'));
  writeFileSync(path.join(dir, 'BUILD_ID'), 'test');
  const env = siteUrl ? { QARI_SITE_URL: siteUrl } : {};
  writeFileSync(path.join(dir, 'required-server-files.json'), JSON.stringify({ config: { env } }));
  made.push(dir);
  return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// A process of its own: it may take seconds while `npm test` builds beside it.
describe('npm start', { timeout: 20_000 }, () => {
  it('without a build, says what to run and stops, before anything else', () => {
    const result = serve({ QARI_DIST_DIR: '.next-none-here' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'No production build in .next-none-here/. Build first:  SITE_URL=http://localhost:3000 npm run build',
    );
  });

  it('given a SITE_URL other than the build’s, refuses to start and names both', () => {
    const result = serve({ QARI_DIST_DIR: buildFor('https://qari.example'), SITE_URL: 'https://other.example' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'This build names https://qari.example on every page, but SITE_URL is https://other.example',
    );
    expect(result.stderr).toContain('SITE_URL=https://other.example npm run build');
  });

  it('refuses a build that does not record its address', () => {
    const result = serve({ QARI_DIST_DIR: buildFor(null), SITE_URL: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does not say which address it was made for/);
  });
});
