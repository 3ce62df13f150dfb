#!/bin/bash
# Rebuilds the e2e build (.next-test) as scripts/test/run.mjs does.
cd /work/main
npx tsx scripts/content/syntheticLibrary.ts .e2e-library 45 && \
QARI_DIST_DIR=.next-test QARI_EXTRA_CONTENT_DIR=e2e/fixtures/content:.e2e-library SITE_URL=http://127.0.0.1:3210 QARI_PRERENDER_ARTICLES=20 QARI_PRERENDER_LIST_PAGES=2 QARI_SEARCH_SHARD_SIZE=20 NEXT_TELEMETRY_DISABLED=1 npx tsx scripts/build/build.ts
git checkout tsconfig.json 2>/dev/null
