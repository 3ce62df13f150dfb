import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { E2E_BUILD_ENV } from '../buildEnv.mjs';
import { startAppServer, startEdge, stopAppServer } from '../helpers/appServer';
import { inTurn, later, underLoad } from '../helpers/load';
import { local, PORTS } from '../helpers/ports';
import { SEED_SLUG } from '../helpers/ReaderPage';

// Faults behind the edge: app servers killed under a bounded loopback load. Their own servers
// and nginx, on their own ports, so the other flows never see these faults.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const READER = `/ar/articles/${SEED_SLUG}`;
const running: (ChildProcess | undefined)[] = [];
const appServer = async (port: number) =>
  running[running.push(await startAppServer(port, E2E_BUILD_ENV.QARI_DIST_DIR)) - 1];
const edge = async (port: number, upstreams: number[]) => running.push(await startEdge(port, upstreams));
/** Bounded: 10 connections; a slow answer on this shared 2-core machine (other flows run beside) is not a lost one. */
const readersAt = (origin: string, path: () => string) => [{ url: origin, connections: 10, path }];

test.afterEach(async () => {
  await Promise.all(running.splice(0).map(stopAppServer));
});

test('an app server killed under load and restarted 10 s later: readers of cached pages see no error', async () => {
  const { app, edge: front } = PORTS.faults;
  let server = await appServer(app);
  await edge(front, [app]);
  const origin = local(front);
  const cached = [READER, `/en/articles/${SEED_SLUG}`, '/ar', '/en'];
  for (const path of cached) {
    await expect.poll(async () => (await fetch(origin + path)).headers.get('x-cache-status')).toBe('HIT');
  }
  const { readers } = await underLoad(
    readersAt(origin, inTurn(cached)),
    async () => {
      await later(5_000);
      await stopAppServer(server);
      await later(10_000);
      server = await appServer(app);
      await later(10_000);
    },
    30,
  );
  console.log(`killed and restarted under load: ${JSON.stringify(readers)}`);
  expect(readers.requests).toBeGreaterThan(1000);
  expect(readers).toMatchObject({ failed: 0, non2xx: 0 });
});

test('one of two app servers killed under load: no request is lost, cached or not', async () => {
  const { pair, pairEdge } = PORTS.faults;
  const [first] = await Promise.all(pair.map(appServer));
  await edge(pairEdge, [...pair]);
  const origin = local(pairEdge);
  // Every other request is a new address (a query the edge has not cached): the app must answer it.
  let i = 0;
  const paths = () => (i++ % 2 ? READER : `${READER}?n=${i}`);
  const { readers } = await underLoad(
    readersAt(origin, paths),
    async () => {
      await later(5_000);
      await stopAppServer(first);
      await later(15_000);
    },
    30,
  );
  console.log(`one of two killed under load: ${JSON.stringify(readers)}`);
  expect(readers.requests).toBeGreaterThan(500);
  expect(readers).toMatchObject({ failed: 0, non2xx: 0 });
});
