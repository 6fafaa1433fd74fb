/** Precache entry swapped for every exported page by scripts/precache-manifest.mjs after the build. */
exports.PAGES_PLACEHOLDER = '/__precache-exported-pages__';
