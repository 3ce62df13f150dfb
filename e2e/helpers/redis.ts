import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's redis-server (.ci/run installs it). */
export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((file) => existsSync(file));

/** A free loopback port, for a Redis of a test's own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A Redis on a loopback port of its own, in memory only (a cache: nothing to keep), with the
 * keyspace events the shared cache handler listens to. `stop` ends it, `start` brings it back on
 * the same port, empty, as a restarted cache would be.
 */
export async function startRedis(port?: number) {
  const at = port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-redis-'));
  let process: ChildProcess | undefined;
  const start = async () => {
    // The deployment's own settings (deploy/redis.conf: bounded, evicting pages, never tags).
    process = spawn(
      REDIS_SERVER!,
      [path.resolve('deploy/redis.conf'), '--port', String(at), '--bind', '127.0.0.1', '--dir', dir],
      { stdio: 'ignore', detached: true },
    );
    process.on('error', () => undefined);
    for (let i = 0; i < 100; i++) {
      if (await answers(at)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`redis-server on ${at} never answered`);
  };
  const stop = () => {
    if (process?.pid) {
      try {
        globalThis.process.kill(-process.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process = undefined;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${at}`,
    start,
    stop,
    close: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One command to database `db` of a Redis at `url`, spoken raw (the flows need no client
 * library): an integer reply as a number, an array of bulk strings as strings.
 */
export async function redisCommand(url: string, db: number, ...args: string[]): Promise<number | string[]> {
  const { port } = new URL(url);
  const { connect } = await import('node:net');
  const encode = (words: string[]) =>
    `*${words.length}\r\n${words.map((word) => `$${Buffer.byteLength(word)}\r\n${word}\r\n`).join('')}`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.once('connect', () => socket.write(encode(['SELECT', String(db)]) + encode(args)));
    socket.on('data', (data) => {
      reply += data.toString('utf8');
      // After SELECT's +OK: an integer, or *<count> then $<length> and the string for each.
      const lines = reply.split('\r\n').slice(1);
      if (lines[0]?.startsWith(':')) {
        socket.destroy();
        return resolve(Number(lines[0].slice(1)));
      }
      const count = Number(lines[0]?.slice(1));
      if (Number.isNaN(count) || lines.length < 2 * count + 2) return;
      socket.destroy();
      resolve(lines.slice(1, 1 + 2 * count).filter((_, index) => index % 2 === 1));
    });
    socket.once('error', reject);
  });
}

// The cache handler keeps Next's cache in database 1 outside Vercel (its default); the publish
// throttle in 0. Both are looked at.
const DATABASES = [0, 1];

/** Every key a Redis at `url` holds now, in the databases Qari uses, as `<db>:<key>`, sorted. */
export async function redisKeys(url: string): Promise<string[]> {
  const keys = await Promise.all(
    DATABASES.map(async (db) => ((await redisCommand(url, db, 'KEYS', '*')) as string[]).map((key) => `${db}:${key}`)),
  );
  return keys.flat().sort();
}

/** Whether a Redis answers PING on `port` (spoken raw: the test needs no client library). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        resolve(data.toString().startsWith('+PONG'));
        socket.destroy();
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        resolve(false);
        socket.destroy();
      });
    });
  });
}
