/**
 * `npm run bench:site`: how build time grows with content, and what a visitor downloads.
 *
 * 1. Builds the site for the real content and for 10× and 100× synthetic copies of it (each copy a
 *    clearly synthetic entry), in one run, and prints the times and their ratios.
 * 2. From the real build, the bytes of HTML + CSS + JS a browser transfers for the home page and an
 *    initiative page (raw and gzip), following the page's own <link> and <script> tags.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = process.cwd();
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);

function syntheticContent(scale: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-content-${scale}-`));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (let copy = 1; copy < scale; copy++) {
    for (const folder of readdirSync(join(ROOT, 'content'), { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of readdirSync(join(ROOT, 'content', folder.name))) {
        if (!file.endsWith('.md')) continue;
        const text = readFileSync(join(ROOT, 'content', folder.name, file), 'utf8').replace(
          /^name: (.*)$/m,
          (_m, name: string) =>
            `name: "Synthetische kopie ${copy} van ${name.replace(/^["']|["']$/g, '').replace(/"/g, "'")}"`,
        );
        writeFileSync(join(dir, folder.name, file.replace(/\.md$/, `-synthetisch-${copy}.md`)), text);
      }
    }
  }
  return dir;
}

function build(contentDir: string, outDir: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: `${outDir}-cache` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`astro build failed for ${contentDir}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function countPages(outDir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(join(outDir, 'client'));
  return n;
}

interface Transfer {
  html: number;
  css: number;
  js: number;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
}

/** What the browser fetches for a page before any interaction: the HTML and its linked CSS and JS. */
function transfer(clientDir: string, pagePath: string): Transfer {
  const html = readFileSync(join(clientDir, pagePath));
  const text = html.toString('utf8');
  const t: Transfer = { html: html.length, css: 0, js: 0, htmlGz: gzipSync(html).length, cssGz: 0, jsGz: 0 };
  for (const [, href] of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const file = readFileSync(join(clientDir, href!));
    t.css += file.length;
    t.cssGz += gzipSync(file).length;
  }
  for (const [, src] of text.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const file = readFileSync(join(clientDir, src!));
    t.js += file.length;
    t.jsGz += gzipSync(file).length;
  }
  return t;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// Inside the project: the server bundle resolves its packages from ./node_modules.
const out = join(ROOT, '.bench', 'site');
rmSync(out, { recursive: true, force: true });
const times: Array<{ scale: number; seconds: number; pages: number }> = [];
for (const scale of SCALES) {
  const contentDir = syntheticContent(scale);
  const outDir = join(out, `x${scale}`);
  mkdirSync(outDir, { recursive: true });
  const seconds = build(contentDir, outDir);
  times.push({ scale, seconds, pages: countPages(outDir) });
  rmSync(contentDir, { recursive: true, force: true });
  console.log(`built ${scale}× content: ${seconds.toFixed(1)} s, ${times.at(-1)!.pages} pages`);
}

console.log('\nBuild time (astro build, without Pagefind indexing)');
console.log('scale  entries-pages  seconds  ratio-to-1×  ms-per-page');
const baseTime = times[0]!.seconds;
for (const t of times) {
  console.log(
    `${String(t.scale).padStart(4)}×  ${String(t.pages).padStart(13)}  ${t.seconds.toFixed(1).padStart(7)}  ${(t.seconds / baseTime).toFixed(2).padStart(11)}  ${((t.seconds * 1000) / t.pages).toFixed(1).padStart(11)}`,
  );
}

const client = join(out, `x${SCALES[0]}`, 'client');
const pages: Array<[string, string]> = [
  ['home', 'index.html'],
  ['initiative page', 'initiatieven/digitale-werkplaats-twente/index.html'],
];
console.log('\nTransferred before search is opened (raw / gzip)');
for (const [name, path] of pages) {
  if (!existsSync(join(client, path))) continue;
  const t = transfer(client, path);
  const total = t.html + t.css + t.js;
  const totalGz = t.htmlGz + t.cssGz + t.jsGz;
  console.log(
    `${name.padEnd(16)} HTML ${kb(t.html)} / ${kb(t.htmlGz)}; CSS ${kb(t.css)} / ${kb(t.cssGz)}; JS ${kb(t.js)} / ${kb(t.jsGz)}; total ${kb(total)} / ${kb(totalGz)}`,
  );
}
rmSync(out, { recursive: true, force: true });
