// Runs every test — unit (Vitest), then a production build and the e2e flows (Playwright) —
// and ends with one line counting them all: "N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { E2E_BUILD_ENV, E2E_LIBRARY } from '../../e2e/buildEnv.mjs';

// The e2e build goes to its own directory (with the fixture articles in it), so the build that
// `npm start` serves is never replaced. playwright.config.ts reads the same settings.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
/** @param {string} command @param {Record<string, string>} [extra] */
const run = (command, extra = {}) =>
  spawnSync(command, { shell: true, stdio: 'inherit', env: { ...env, ...extra } }).status === 0;
/** @param {string} file */
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

// The unit tests run while the e2e build is made (measured on 2 cores: the two together take
// ~25 s less than one after the other); their report is printed whole when they end, so the
// build's output and theirs do not interleave.
// (Into a file: the build below blocks this process, which could not drain a pipe meanwhile.)
const unitLog = 'test-results/unit.log';
const unitOut = openSync(unitLog, 'w');
const unitRun = new Promise((resolve) =>
  spawn('npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json', {
    shell: true,
    env,
    stdio: ['ignore', unitOut, unitOut],
  }).on('close', resolve),
);

// Against a deployed copy (BASE_URL) there is nothing to build. The local build adds the
// e2e fixture articles (one with a summary missing) beside the real content.
const built =
  process.env.BASE_URL ||
  (run(`npx tsx scripts/content/syntheticLibrary.ts ${E2E_LIBRARY.dir} ${E2E_LIBRARY.count}`) &&
    run('npx tsx scripts/build/build.ts', E2E_BUILD_ENV));

await unitRun;
closeSync(unitOut);
process.stdout.write(readFileSync(unitLog));
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else failed += 1;

if (built) {
  run(`npx playwright test ${process.argv.slice(2).join(' ')}`);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    // Errors outside any test (a server that could not start, a broken config) fail the run too:
    // no test ran, so no test failed, and the count alone would read as a pass.
    failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    skipped += e2e.stats.skipped;
  } else failed += 1;
} else {
  console.error('The production build failed, so the e2e flows could not run.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
