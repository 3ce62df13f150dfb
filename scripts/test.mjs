// Runs every test — unit (Vitest), then a production build and the e2e flows (Playwright) —
// and ends with one line counting them all: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (command) => spawnSync(command, { shell: true, stdio: 'inherit', env }).status === 0;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;

run('npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json');
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;

// Against a deployed copy (BASE_URL) there is nothing to build. The local build adds the
// e2e fixture articles (one with a summary missing) beside the real content.
const built = process.env.BASE_URL || run('QARI_EXTRA_CONTENT_DIR=e2e/fixtures/content npx next build');
if (built) {
  run(`npx playwright test ${process.argv.slice(2).join(' ')}`);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  } else failed += 1;
} else {
  console.error('The production build failed, so the e2e flows could not run.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
