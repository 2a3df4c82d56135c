// @ts-check
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const site = process.env.SITE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  site,
  output: 'static',
  // The site benchmark builds scaled copies side by side; each needs its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  adapter: node({ mode: 'standalone' }),
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl-NL', en: 'en-GB' } },
      filter: (page) =>
        !/\/(zoeken|advies|404|beheer|embed|meld-een-fout|correcties|inloggen|inbox|doorverwijz)/.test(page),
    }),
  ],
  server: { port, host },
  trailingSlash: 'ignore',
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  security: {
    checkOrigin: true,
    // Same-origin form POSTs are rejected with 403 unless the public origin is allowed.
    allowedDomains: [
      { hostname: new URL(site).hostname },
      { hostname: 'localhost' },
      { hostname: '127.0.0.1' },
    ],
  },
  build: { inlineStylesheets: 'always' },
  // Every script as a file, never inline: the Content-Security-Policy allows scripts from 'self' only
  // (functions/middleware/security-headers.ts). Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  prefetch: false,
  devToolbar: { enabled: false },
});
