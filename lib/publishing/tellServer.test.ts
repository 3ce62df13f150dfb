import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tellServer } from './tellServer';

/**
 * A stand-in for the app server: answers the publish with `version`, and serves the article's
 * pages with the old version for the first `staleFor` page requests. Records what it was asked.
 */
function scriptedServer(version: string | null, staleFor: number, changed = true) {
  const asked: string[] = [];
  let pages = 0;
  const server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    if (request.url === '/api/publish') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        asked.push(body);
        response.setHeader('Content-Type', 'application/json');
        const published = { version, articlesReread: 1, revalidated: ['/ar/articles/a'], ms: 3 };
        response.end(JSON.stringify({ slug: 'a', changed, ...(changed ? published : { message: 'nothing changed' }) }));
      });
      return;
    }
    pages += 1;
    const shown = pages <= staleFor ? 'old' : version;
    response.setHeader('Content-Type', 'text/html');
    response.end(`<title>Headline</title><article data-version="${shown}"></article>`);
  });
  return new Promise<{ server: Server; url: string; asked: string[] }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked }),
    ),
  );
}

let running: Server | undefined;
afterEach(() => running?.close());

describe('tellServer', () => {
  it('reports live once each language shows the new version, without telling the server twice', async () => {
    const { server, url, asked } = await scriptedServer('v2', 0);
    running = server;
    const { ok, lines } = await tellServer(url, 'a', 'secret');
    expect(ok).toBe(true);
    expect(asked).toEqual(['POST /api/publish', '{"slug":"a"}', 'GET /ar/articles/a', 'GET /en/articles/a']);
    expect(lines).toContain('a reader sees now (version v2):');
    expect(lines.join('\n')).toMatch(/\/ar\/articles\/a: 200 “Headline”\n/);
  });

  it('waits while a page still shows the old version, and tells the server once more', async () => {
    const { server, url, asked } = await scriptedServer('v2', 20);
    running = server;
    const { ok, lines } = await tellServer(url, 'a', 'secret');
    expect(ok).toBe(true);
    expect(asked.filter((line) => line.startsWith('POST'))).toHaveLength(2);
    // The second time, the server is told readers still see an older version.
    expect(asked.filter((line) => line.startsWith('{'))).toEqual(['{"slug":"a"}', '{"slug":"a","again":true}']);
    expect(lines).toContain('  /ar/articles/a still showed the old version: told the server again');
    expect(lines.some((line) => line.includes('still the old version after'))).toBe(false);
  });

  it('does not wait for an article that is not published (no version)', async () => {
    const { server, url, asked } = await scriptedServer(null, 1000);
    running = server;
    const { ok } = await tellServer(url, 'a', 'secret');
    expect(ok).toBe(true);
    expect(asked).toHaveLength(4);
  });

  it('says nothing changed when the server has this very version published, and waits for nothing', async () => {
    const { server, url, asked } = await scriptedServer('v1', 1000, false);
    running = server;
    const { ok, lines } = await tellServer(url, 'a', 'secret');
    expect(ok).toBe(true);
    expect(lines).toEqual([`${url}: nothing changed; nothing was revalidated`]);
    expect(asked).toEqual(['POST /api/publish', '{"slug":"a"}']);
  });
});
