import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Screenshot baselines, apart from the default suite: `npm run test:visual`. */
export default defineConfig({
  ...base,
  testDir: './e2e/visual',
  testMatch: '**/*.visual.ts',
  snapshotPathTemplate: '{testDir}/__screenshots__/{projectName}/{arg}{ext}',
  projects: (base.projects ?? [])
    .filter((project) => project.name === 'desktop' || project.name === 'phone')
    .map((project) => ({ ...project, testIgnore: undefined })),
  webServer: Array.isArray(base.webServer) ? base.webServer.slice(0, 1) : base.webServer,
});
