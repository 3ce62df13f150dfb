import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inlineScriptHashes.mjs';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, byte for byte, and skips scripts with src and data blocks', () => {
    const html = [
      '<script>self.__next_f.push([1,"ا"])</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="module">import("/x.js")</script>',
      '<script>self.__next_f.push([1,"ا"])</script>',
      '<script id="prefs">\n(function(){})()\n</script>',
    ].join('');
    expect(inlineScriptHashes(html, () => true)).toEqual([
      sha('self.__next_f.push([1,"ا"])'),
      sha('import("/x.js")'),
      sha('\n(function(){})()\n'),
    ]);
  });

  it('hashes only the scripts `allowed` accepts', () => {
    const html = '<script>self.__next_f.push([0])</script><script>alert(1)</script>';
    expect(inlineScriptHashes(html, (script) => script !== 'alert(1)')).toEqual([sha('self.__next_f.push([0])')]);
  });
});
