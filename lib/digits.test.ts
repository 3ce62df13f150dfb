import { describe, expect, it } from 'vitest';
import { easternDigits, hasDigits } from './digits';

describe('easternDigits', () => {
  it('writes each digit in the Eastern Arabic set, with its own decimal point, separator and percent sign', () => {
    expect(easternDigits('القسم 3 من 8')).toBe('القسم ٣ من ٨');
    expect(easternDigits('3.5% · 20,000 · 7/8')).toBe('٣٫٥٪ · ٢٠٬٠٠٠ · ٧/٨');
    expect(easternDigits('29 November 2026 at 09:30 UTC')).toBe('٢٩ November ٢٠٢٦ at ٠٩:٣٠ UTC');
  });

  it('leaves punctuation that is not between digits as it is', () => {
    expect(easternDigits('Version 2. Done, 50 % off.')).toBe('Version ٢. Done, ٥٠٪ off.');
  });

  it('says whether there is a digit at all', () => {
    expect(hasDigits('مقدمة')).toBe(false);
    expect(hasDigits('Page 2')).toBe(true);
  });
});
