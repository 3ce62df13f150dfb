import { E2E_PORT } from '../buildEnv.mjs';

const at = (offset: number) => E2E_PORT + offset;

/**
 * Every port the flows listen on, in one table. A flow that starts servers of its own has ports
 * of its own, so flows running side by side (two workers) never answer for each other.
 */
export const PORTS = {
  /** `npm start` on the e2e build, where most flows run (playwright.config.ts). */
  app: at(0),
  /** `next dev`, the editors' preview. */
  dev: at(1),
  /** The caching edge in front of `app`. */
  edge: at(2),
  serverError: at(5),
  offlineUpdate: at(6),
  publish: at(7),
  publishEdge: at(8),
  cluster: [at(10), at(11)] as const,
  clusterEdge: at(12),
  hostileGenerated: at(13),
  /** The edge's faults: one app server behind an edge, then two. */
  faults: { app: at(30), edge: at(31), pair: [at(32), at(33)] as const, pairEdge: at(34) },
};

export const local = (port: number) => `http://127.0.0.1:${port}`;
