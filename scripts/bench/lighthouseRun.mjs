// node scripts/bench/lighthouseRun.mjs <url> <mobile|desktop> [simulate|devtools] [first|repeat]
// — one Lighthouse run, figures as JSON. `simulate` is Lighthouse's default (a model of a slow
// phone computed from an unthrottled load); `devtools` applies the throttling while the page
// loads. `repeat` measures a returning reader: a first visit in the same browser, a pause for
// the service worker to install and save the page, then the measured visit, storage kept.
// Plain Node on purpose: Lighthouse sends functions to the page as source text, and a TypeScript
// loader's injected helpers (tsx's __name) would not exist there.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

const [url, preset = 'mobile', throttlingMethod = 'simulate', visit = 'first', tasks = ''] = process.argv.slice(2);
/** `tasks`: also list the main thread's long tasks and what ran in them (npm run bench:long-tasks), at 390 × 844. */
const PHONE_390 = { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false };
const LONG_TASK_MS = 50;
const REPEAT_PAUSE_MS = 4000;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** @typedef {import('lighthouse').Result} Lhr */
/** @typedef {{ resourceType?: string, transferSize?: number }} Request */

/** @param {Lhr} lhr @returns {Request[]} */
const requestsOf = (lhr) =>
  /** @type {{ items?: Request[] } | undefined} */ (lhr.audits['network-requests']?.details)?.items ?? [];

/**
 * The main thread's tasks over 50 ms in the run's own trace (throttled as the run was: applied, the
 * trace is what the page did; simulated, the unthrottled trace), each with its self time by
 * Lighthouse's groups, script time by the script it ran in. Lighthouse's own task model, as its
 * TBT and main-thread work use.
 * @param {import('lighthouse').Artifacts['Trace']} trace
 */
function longTasksOf(trace) {
  const processed = TraceProcessor.processTrace(trace);
  const all = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  );
  /** @typedef {(typeof all)[number]} Task */
  /** @param {Task} task @param {Map<string, number>} parts */
  const addParts = (task, parts) => {
    const scriptUrl = task.event.args?.data?.url;
    const key = task.group.id === 'scriptEvaluation' || task.group.id === 'scriptParseCompile'
      ? `${task.group.id} ${scriptUrl || task.attributableURLs.at(-1) || ''}`.trim()
      : task.group.id;
    parts.set(key, (parts.get(key) ?? 0) + task.selfTime);
    task.children.forEach((child) => addParts(child, parts));
  };
  return all
    .filter((task) => !task.parent && task.duration > LONG_TASK_MS)
    .map((task) => {
      const parts = new Map();
      addParts(task, parts);
      return {
        start: task.startTime,
        duration: task.duration,
        event: task.event.name,
        parts: [...parts].sort((a, b) => b[1] - a[1]),
      };
    });
}

/** @param {Lhr} lhr */
function bytesByType(lhr) {
  const items = requestsOf(lhr);
  /** @param {string} type */
  const sum = (type) =>
    items.filter((i) => i.resourceType === type).reduce((total, i) => total + (i.transferSize ?? 0), 0);
  return { html: sum('Document'), js: sum('Script'), css: sum('Stylesheet'), fonts: sum('Font') };
}

/**
 * Weighted audits that did not pass, so a score below 100 says why.
 * @param {Lhr} lhr
 */
function failingAudits(lhr) {
  return Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.score})`),
  );
}

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS });
try {
  const config = preset === 'desktop' ? desktopConfig : undefined;
  /** @type {import('lighthouse').Flags} */
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    throttlingMethod: /** @type {'simulate' | 'devtools'} */ (throttlingMethod),
    ...(tasks ? { screenEmulation: PHONE_390 } : {}),
  };
  if (visit === 'repeat') {
    await lighthouse(url, flags, config);
    await new Promise((resolve) => setTimeout(resolve, REPEAT_PAUSE_MS));
  }
  const result = await lighthouse(url, { ...flags, disableStorageReset: visit === 'repeat' }, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  /** @param {string} id */
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  process.stdout.write(
    JSON.stringify({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      requests: requestsOf(lhr).length,
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      transferBytes: metric('total-byte-weight'),
      mainThread: metric('mainthread-work-breakdown'),
      bytes: bytesByType(lhr),
      failing: failingAudits(lhr),
      ...(tasks
        ? {
            longTasks: longTasksOf(result.artifacts.Trace),
            // Main-thread work by Lighthouse's groups (style & layout, script, …), ms.
            breakdown: Object.fromEntries(
              (/** @type {{ items?: { group: string, duration: number }[] } | undefined} */ (
                lhr.audits['mainthread-work-breakdown']?.details
              )?.items ?? []).map((item) => [item.group, item.duration]),
            ),
            // Lighthouse's own list (simulated durations under simulated throttling).
            longTasksAudit: /** @type {{ items?: { url: string, duration: number, startTime: number }[] } | undefined} */ (
              lhr.audits['long-tasks']?.details
            )?.items ?? [],
          }
        : {}),
    }),
  );
} finally {
  await chrome.kill();
}
