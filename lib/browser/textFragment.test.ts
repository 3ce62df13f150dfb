import { describe, expect, it } from 'vitest';
import { passageHref } from './textFragment';

const PAGE = 'https://qari.example/ar/articles/x';

describe('passageHref', () => {
  it.each([
    [
      'a short Arabic phrase',
      'الأمن المشترك',
      `${PAGE}#s:~:text=%D8%A7%D9%84%D8%A3%D9%85%D9%86%20%D8%A7%D9%84%D9%85%D8%B4%D8%AA%D8%B1%D9%83`,
    ],
    [
      'Latin, digits and the characters a directive reserves',
      'F-35, 5% & more',
      `${PAGE}#s:~:text=F%2D35%2C%205%25%20%26%20more`,
    ],
    ['white space as the reader selected it', '  one\ntwo\t three ', `${PAGE}#s:~:text=one%20two%20three`],
    [
      'a long passage, by its first and last four words',
      'a b c d e f g h i j',
      `${PAGE}#s:~:text=a%20b%20c%20d,g%20h%20i%20j`,
    ],
  ])('%s', (_name, passage, expected) => {
    expect(passageHref(PAGE, 's', passage)).toBe(expected);
  });

  it('decodes back to the words selected', () => {
    const href = passageHref(PAGE, 's', 'مارك روته يدعو');
    expect(decodeURIComponent(href.split(':~:text=')[1]!)).toBe('مارك روته يدعو');
  });
});
