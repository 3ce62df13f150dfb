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
    process = spawn(
      REDIS_SERVER!,
      [
        '--port',
        String(at),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--notify-keyspace-events',
        'Exe',
      ],
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

/** The keys a Redis at `url` holds now (KEYS *, spoken raw), sorted. */
export async function redisKeys(url: string): Promise<string[]> {
  const { port } = new URL(url);
  const { connect } = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.once('connect', () => socket.write('KEYS *\r\n'));
    socket.on('data', (data) => {
      reply += data.toString('utf8');
      // *<count>, then $<length> and the key for each: done when every key has arrived.
      const lines = reply.split('\r\n');
      const count = Number(lines[0]?.slice(1));
      if (Number.isNaN(count) || lines.length < 2 * count + 2) return;
      socket.destroy();
      resolve(
        lines
          .slice(1, 1 + 2 * count)
          .filter((_, index) => index % 2 === 1)
          .sort(),
      );
    });
    socket.once('error', reject);
  });
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
