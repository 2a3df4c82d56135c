/**
 * /embed.js — optional, for hosts that allow our script: sizes each finder iframe to its content
 * (the finder posts its height, see src/scripts/embed-height.ts). Plain ES5 so that it runs
 * everywhere without a build step; it only listens to messages from this script's own origin.
 */
import type { APIRoute } from 'astro';
import { HEIGHT_MESSAGE } from './embed/_strings.ts';

export const prerender = true;

const SOURCE = `/* Digitaal Ondernemersloket: past de hoogte van de vinder aan. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;
    var height = Math.max(200, Math.min(5000, Number(data.height) || 0));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
`;

export const GET: APIRoute = () =>
  new Response(SOURCE, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
