import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';
import { serverEnv } from '../buildEnv.mjs';
import { answering } from '../helpers/appServer';
import { SEED_SLUG } from '../helpers/ReaderPage';

// Faults behind the edge: app servers killed under a bounded loopback load. Their own servers
// and nginx, on their own ports, so the other flows never see these faults.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const READER = `/ar/articles/${SEED_SLUG}`;
const running: ChildProcess[] = [];

function start(args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, {
    env: serverEnv(),
    detached: true,
    stdio: 'ignore',
  });
  running.push(child);
  return child;
}

const appServer = (port: number) => start(['lib/http/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1']);
const edge = (port: number, upstreams: number[]) => start(['deploy/edge.mjs', String(port), upstreams.join(',')]);
const kill = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') => child.pid && process.kill(-child.pid, signal);

/** A bounded load on the edge (10 connections, `seconds`), while `meanwhile` runs. */
async function loadWhile(origin: string, paths: () => string, seconds: number, meanwhile: () => Promise<void>) {
  // Called without a callback, autocannon returns a promise that is also an event emitter.
  const run = autocannon({
    url: origin,
    connections: 10,
    duration: seconds,
    // A slow answer on this shared 2-core machine (other flows run beside) is not a lost one.
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  }) as Promise<autocannon.Result> & EventEmitter;
  const reasons: string[] = [];
  run.on('reqError', (error: NodeJS.ErrnoException) => reasons.push(error.code ?? error.message));
  await meanwhile();
  const result = await run;
  return { requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, reasons };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.afterEach(() => {
  for (const child of running.splice(0)) {
    try {
      kill(child);
    } catch {
      // Already gone: it was the one the test killed.
    }
  }
});

test('an app server killed under load and restarted 10 s later: readers of cached pages see no error', async () => {
  const [app, front] = [3240, 3241];
  let server = appServer(app);
  edge(front, [app]);
  const origin = `http://127.0.0.1:${front}`;
  await answering(`http://127.0.0.1:${app}/ar`);
  await answering(`${origin}/ar`);
  const cached = [READER, `/en/articles/${SEED_SLUG}`, '/ar', '/en'];
  for (const path of cached) {
    await expect.poll(async () => (await fetch(origin + path)).headers.get('x-cache-status')).toBe('HIT');
  }
  let i = 0;
  const figures = await loadWhile(
    origin,
    () => cached[i++ % cached.length]!,
    30,
    async () => {
      await later(5_000);
      kill(server);
      await later(10_000);
      server = appServer(app);
    },
  );
  console.log(`killed and restarted under load: ${JSON.stringify(figures)}`);
  expect(figures.requests).toBeGreaterThan(1000);
  expect(figures.errors).toBe(0);
  expect(figures.non2xx).toBe(0);
});

test('one of two app servers killed under load: no request is lost, cached or not', async () => {
  const [a, b, front] = [3242, 3243, 3244];
  const first = appServer(a);
  appServer(b);
  edge(front, [a, b]);
  const origin = `http://127.0.0.1:${front}`;
  await Promise.all([
    answering(`http://127.0.0.1:${a}/ar`),
    answering(`http://127.0.0.1:${b}/ar`),
    answering(`${origin}/ar`),
  ]);
  // Every other request is a new address (a query the edge has not cached): the app must answer it.
  let i = 0;
  const paths = () => (i++ % 2 ? READER : `${READER}?n=${i}`);
  const figures = await loadWhile(origin, paths, 20, async () => {
    await later(5_000);
    kill(first);
  });
  console.log(`one of two killed under load: ${JSON.stringify(figures)}`);
  expect(figures.requests).toBeGreaterThan(500);
  expect(figures.errors).toBe(0);
  expect(figures.non2xx).toBe(0);
});
