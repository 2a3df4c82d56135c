/**
 * Inside the embedded finder (/embed/vinder): tells the host page how tall the content is, so the
 * optional /embed.js on the host can size the iframe. Only a number is sent, so any origin may
 * read it. Without this (or without /embed.js) the iframe keeps the height the host gave it.
 */
import { HEIGHT_MESSAGE } from '../pages/embed/_strings.ts';

if (window.parent !== window) {
  const post = () =>
    window.parent.postMessage(
      { type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) },
      '*',
    );
  new ResizeObserver(post).observe(document.body);
  window.addEventListener('load', post);
  post();
}
