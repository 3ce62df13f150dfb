import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnScript, layoutScriptsOf, STYLESHEET_RESTORER } from './ownScripts.mjs';

const LAYOUT = new Set(['(function(a){document.documentElement.dataset.theme=a})("dark");']);

describe('isOwnScript', () => {
  it.each([
    '(self.__next_f=self.__next_f||[]).push([0])',
    'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cp\\u003e"])',
    'self.__next_f.push([2,null])',
    // As Next 16 writes it (with its semicolon).
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
    STYLESHEET_RESTORER,
    '(function(a){document.documentElement.dataset.theme=a})("dark");',
  ])('knows %s', (script) => expect(isOwnScript(script, LAYOUT)).toBe(true));

  it.each([
    'alert(1)',
    // The framework's shapes, carrying code instead of data.
    'self.__next_f.push([1,alert(1)])',
    'self.__next_f.push([1,"x"]);alert(1);self.__next_f.push([1,"y"])',
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":fetch("/x")})',
    // The layout's script, changed by a character.
    '(function(a){document.documentElement.dataset.theme=a})("dark");alert(1)',
    `${STYLESHEET_RESTORER};alert(1)`,
  ])('refuses %s', (script) => expect(isOwnScript(script, LAYOUT)).toBe(false));
});

describe('layoutScriptsOf', () => {
  it("takes the inline scripts both library pages' heads share, never a data block or the body's", () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'qari-scripts-'));
    mkdirSync(path.join(dist, 'server', 'app'), { recursive: true });
    const page = (title: string) =>
      `<html><head><title>${title}</title><script>prefs()</script><script type="application/ld+json">{}</script>` +
      `<script>${title}()</script></head><body><script>body()</script></body></html>`;
    writeFileSync(path.join(dist, 'server', 'app', 'ar.html'), page('ar'));
    writeFileSync(path.join(dist, 'server', 'app', 'en.html'), page('en'));
    expect([...layoutScriptsOf(dist)]).toEqual(['prefs()']);
    expect([...layoutScriptsOf(path.join(dist, 'none'))]).toEqual([]);
    rmSync(dist, { recursive: true });
  });
});
