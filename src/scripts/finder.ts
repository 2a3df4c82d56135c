/**
 * Progressive enhancement of the finder form: answers appear without a page load (from the API),
 * ?postcode= stays in the URL, "gebruik mijn locatie" asks for a position only when pressed, and the
 * map (Leaflet, loaded on demand) appears once there is an answer and it scrolls into view.
 */
import type { NearestResponse } from '../../functions/routes/werkplaatsen.ts';
import type { MapWerkplaats } from '../components/finder/load-answer.ts';
import {
  announcement,
  errorText,
  renderAnswer,
  type FinderContext,
  type FinderError,
} from '../components/finder/render.ts';
import type { FinderMap } from './finder-map.ts';

interface FinderData {
  ctx: FinderContext;
  werkplaatsen: MapWerkplaats[];
  answer: NearestResponse | null;
}

interface ProblemBody {
  status?: number;
  detail?: string;
  errors?: Array<{ pointer: string; detail: string }>;
}

const root = document.querySelector<HTMLElement>('[data-finder]');
const dataEl = document.getElementById('finder-data');
if (root && dataEl?.textContent) init(root, JSON.parse(dataEl.textContent) as FinderData);

function init(root: HTMLElement, data: FinderData) {
  const { ctx } = data;
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-finder-${name}]`)!;
  const form = $<HTMLFormElement>('form');
  const input = form.querySelector<HTMLInputElement>('input[name="postcode"]')!;
  const fieldError = $('error');
  const locate = $<HTMLButtonElement>('locate');
  const locateNote = $('locate-note');
  const locateStatus = $('locate-status');
  const announce = $('announce');
  const answerEl = $('answer');
  const layout = $('layout');
  const mapWrap = $('map-wrap');
  const mapNote = $('map-note');
  const loket = $('loket');
  const summary = root.querySelector<HTMLElement>('.error-summary');
  const hintId = input.getAttribute('aria-describedby')!.split(' ')[0]!;

  let current = data.answer;
  let prefilled = data.answer?.postcode.pc4 ?? '';
  let request = 0;
  let map: Promise<FinderMap> | undefined;
  let observer: IntersectionObserver | undefined;
  // Titles as the server gives them, so a screen reader hears the same state after a search.
  const titleSuffix = document.title.slice(document.title.lastIndexOf(' | '));

  function showAnswer(answer: NearestResponse) {
    current = answer;
    clearError();
    document.title = `${ctx.s.title}: ${answer.postcode.pc4}${titleSuffix}`;
    answerEl.innerHTML = renderAnswer(answer, ctx);
    announce.textContent = announcement(answer, ctx.s);
    loket.hidden = answer.covered;
    // Prefill the loket's postcode, unless the owner has typed something else there.
    const loketPostcode = loket.querySelector<HTMLInputElement>('input[name="postcode"]');
    if (loketPostcode && (loketPostcode.value === '' || loketPostcode.value === prefilled)) {
      loketPostcode.value = prefilled = answer.postcode.pc4;
    }
    showMap(answer);
  }

  function showError(error: FinderError) {
    const text = errorText(error, ctx);
    summary?.remove(); // the server's summary may name an earlier error
    document.title = `${ctx.s.errorTitlePrefix}: ${ctx.s.title}${titleSuffix}`;
    fieldError.textContent = text;
    fieldError.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${hintId} ${fieldError.id}`);
    announce.textContent = text;
    current = null;
    answerEl.innerHTML = '';
    loket.hidden = true;
    hideMap();
  }

  function clearError() {
    summary?.remove();
    fieldError.hidden = true;
    fieldError.textContent = '';
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', hintId);
  }

  /** Asks the API; resolves to true when it answered (with an answer or a problem). */
  async function search(query: URLSearchParams, typed: string): Promise<boolean> {
    const id = ++request;
    answerEl.setAttribute('aria-busy', 'true');
    announce.textContent = ctx.s.searching;
    try {
      query.set('limit', '3');
      const res = await fetch(`/api/v1/werkplaatsen/nearest?${query}`, {
        headers: { Accept: 'application/json' },
      });
      const body = (await res.json()) as NearestResponse | ProblemBody;
      if (id !== request) return true; // a newer search has started
      if (res.ok) {
        const answer = body as NearestResponse;
        if (!query.has('postcode')) input.value = answer.postcode.pc4;
        // Only the PC4 goes into the URL: enough to share the answer, less personal than a full postcode.
        history.replaceState(null, '', `?postcode=${answer.postcode.pc4}`);
        showAnswer(answer);
      } else if (!query.has('postcode')) {
        setLocateStatus(ctx.s.locationAbroad);
      } else {
        const problem = body as ProblemBody;
        const pc4 = typed.trim().slice(0, 4);
        const error: FinderError =
          res.status === 404
            ? { kind: 'unknown', pc4, detail: problem.detail }
            : {
                kind: typed.trim() === '' ? 'empty' : 'invalid',
                detail: problem.errors?.[0]?.detail ?? problem.detail,
              };
        showError(error);
        // The URL says what the page shows, so a reload gives the same error (from the server).
        history.replaceState(
          null,
          '',
          `?postcode=${encodeURIComponent(error.kind === 'unknown' ? pc4 : typed.trim())}`,
        );
        input.focus();
      }
      return true;
    } catch {
      return false;
    } finally {
      if (id === request) answerEl.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setLocateStatus('');
    const typed = input.value;
    void search(new URLSearchParams({ postcode: typed }), typed).then((answered) => {
      // Without the API (offline, blocked) the plain form still works: let the server answer.
      if (!answered) form.submit();
    });
  });

  function setLocateStatus(text: string) {
    locateStatus.textContent = text;
  }

  if ('geolocation' in navigator) {
    locate.hidden = false;
    locateNote.hidden = false;
    locate.addEventListener('click', () => {
      setLocateStatus(ctx.s.locating);
      locate.disabled = true;
      navigator.geolocation.getCurrentPosition(
        (position) => {
          // Three decimals (about 100 m) are plenty to find the PC4 area; the rest is not sent.
          const query = new URLSearchParams({
            lat: position.coords.latitude.toFixed(3),
            lon: position.coords.longitude.toFixed(3),
          });
          void search(query, '').then((answered) => {
            locate.disabled = false;
            if (!answered) setLocateStatus(ctx.s.errorNetwork);
            else if (current && locateStatus.textContent === ctx.s.locating) setLocateStatus('');
          });
        },
        (error) => {
          locate.disabled = false;
          setLocateStatus(
            error.code === error.PERMISSION_DENIED ? ctx.s.locationDenied : ctx.s.locationFailed,
          );
          input.focus();
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
      );
    });
  }

  function showMap(answer: NearestResponse) {
    mapWrap.hidden = false;
    mapNote.hidden = false;
    layout.classList.add('has-map');
    if (map) {
      void map.then((m) => m.show(answer));
      return;
    }
    // Leaflet and the boundaries are only fetched once the map is on screen.
    observer ??= new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || map) return;
      observer?.disconnect();
      map = import('./finder-map.ts').then(({ createFinderMap }) =>
        createFinderMap($('map'), {
          werkplaatsen: data.werkplaatsen,
          s: ctx.s,
          legend: $('legend-werkgebied'),
        }),
      );
      void map.then((m) => current && m.show(current));
    });
    observer.observe(mapWrap);
  }

  function hideMap() {
    mapWrap.hidden = true;
    mapNote.hidden = true;
    layout.classList.remove('has-map');
  }

  if (current) showMap(current);
}
