import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'i18n/**/*.test.ts', 'messages/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
