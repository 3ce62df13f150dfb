import { developmentSource } from './developmentSource';
import { productionSource } from './productionSource';
import type { ContentSource } from './sourceContract';

export type { ContentSource } from './sourceContract';

let chosen: ContentSource | null = null;

/**
 * The content source, chosen on first use by NODE_ENV (scripts set it before they ask, the
 * server before it loads the app), and kept.
 */
export function content(): ContentSource {
  chosen ??= process.env.NODE_ENV === 'production' ? productionSource : developmentSource;
  return chosen;
}
