import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Article } from '../../lib/content/schema';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The limit: the same Arabic article as plain static HTML, no JavaScript, no web font. */
export function staticReferenceHtml(article: Article): string {
  const sections = article.sections
    .map(
      (s) =>
        `<section id="${s.id}"><h2>${escape(s.heading ?? 'مقدمة')}</h2>${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(article.headline.ar)}</title><meta name="description" content="${escape(article.sections[0]?.paragraphs[0]?.slice(0, 150) ?? '')}"><style>body{max-width:46rem;margin:auto;padding:1rem;font:1.2rem/2 serif;color:#1f1a14;background:#fbf8f2}h1{line-height:1.6}</style></head><body><main><article><h1>${escape(article.headline.ar)}</h1><p>بقلم ${escape(article.author)}</p>${sections}</article></main></body></html>`;
}

/** A tiny gzip-capable static server for the reference page, on loopback only. */
export function serveStatic(html: string, port: number): Promise<Server> {
  const plain = Buffer.from(html);
  const gzipped = gzipSync(plain);
  const server = createServer((request, response) => {
    if (request.url !== '/' && !request.url?.startsWith('/?')) {
      response.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipped : plain);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
