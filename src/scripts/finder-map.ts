/**
 * The finder map (loaded on demand by finder.ts). Decoration beside the list, which gives the same
 * answer: the container is aria-hidden and nothing in it takes keyboard focus. The base layer is the
 * gemeente and provincie boundaries, so no tile server is needed; PUBLIC_TILE_URL adds tiles.
 */
import L from 'leaflet';
// As a URL, not a plain import: Astro would inline a plain CSS import into every finder page's HTML.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { FeatureCollection, Geometry } from 'geojson';
import type { NearestResponse } from '../../functions/routes/werkplaatsen.ts';
import type { MapWerkplaats } from '../components/finder/load-answer.ts';
import { fmt, type FinderStrings } from '../components/finder/render.ts';

export interface FinderMap {
  /** Shows an answer: the owner's gemeente and PC4, and the werkgebied of the first werkplaats. */
  show(answer: NearestResponse): void;
}

interface Options {
  werkplaatsen: MapWerkplaats[];
  s: FinderStrings;
  /** Where the legend names the werkplaats whose werkgebied is shown. */
  legend: HTMLElement;
}

type GemeenteProps = { statnaam: string; provincie: string };

const BRAND = '#154273';
const ACCENT = '#a33a00';
const LINE = '#8a949f';
const INK = '#1b1b1b';
const TILE_URL: string | undefined = import.meta.env.PUBLIC_TILE_URL;
const NL_BOUNDS = L.latLngBounds([50.75, 3.35], [53.55, 7.23]);

function loadCss(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve()); // the map still draws, only less tidy
    document.head.append(link);
  });
}

async function geo<P>(url: string): Promise<FeatureCollection<Geometry, P>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as FeatureCollection<Geometry, P>;
}

export async function createFinderMap(el: HTMLElement, options: Options): Promise<FinderMap> {
  const { werkplaatsen, s, legend } = options;
  const [gemeenten, provincies] = await Promise.all([
    // Whole URLs, so scripts/bench-finder.ts can find what the map fetches.
    geo<GemeenteProps>('/geo/gemeenten.json'),
    geo('/geo/provincies.json'),
    loadCss(leafletCss),
  ]);

  const map = L.map(el, {
    attributionControl: false, // the attribution is in the page text, outside the aria-hidden map
    keyboard: false,
    scrollWheelZoom: false,
    zoomSnap: 0.25,
    minZoom: 6,
    maxBounds: NL_BOUNDS.pad(0.3),
  });
  map.fitBounds(NL_BOUNDS);
  for (const a of el.querySelectorAll('.leaflet-control-zoom a')) a.setAttribute('tabindex', '-1');
  if (TILE_URL) L.tileLayer(TILE_URL, { maxZoom: 12 }).addTo(map);

  let chosen: MapWerkplaats | undefined;
  let own: { gemeente: string } | undefined;

  const inWerkgebied = (p: GemeenteProps) => {
    const w = chosen?.werkgebied;
    return !!w && (w.landelijk || w.gemeenten.includes(p.statnaam) || w.provincies.includes(p.provincie));
  };
  const style = (p: GemeenteProps): L.PathOptions => {
    const area = inWerkgebied(p);
    const isOwn = p.statnaam === own?.gemeente;
    return {
      color: isOwn ? ACCENT : LINE,
      weight: isOwn ? 3 : 0.6,
      fillColor: area ? BRAND : '#f3f5f8',
      fillOpacity: area ? 0.35 : TILE_URL ? 0 : 1,
    };
  };

  const gemeenteLayer = L.geoJSON(gemeenten, {
    interactive: false,
    style: (f) => style(f!.properties as GemeenteProps),
  }).addTo(map);
  L.geoJSON(provincies, { interactive: false, style: { color: '#4a4a4a', weight: 1.4, fill: false } }).addTo(
    map,
  );

  const markers = new Map<string, L.CircleMarker[]>();
  for (const w of werkplaatsen) {
    markers.set(
      w.slug,
      w.locations.map((l) =>
        L.circleMarker([l.lat, l.lon], {
          radius: 7,
          color: '#fff',
          weight: 2,
          fillColor: BRAND,
          fillOpacity: 1,
          className: 'finder-marker',
        })
          .bindTooltip(w.name)
          .on('click', () => choose(w))
          .addTo(map),
      ),
    );
  }
  const you = L.circleMarker([0, 0], {
    radius: 6,
    color: '#fff',
    weight: 2,
    fillColor: ACCENT,
    fillOpacity: 1,
    interactive: false,
  });

  function restyle() {
    gemeenteLayer.eachLayer((layer) => {
      const path = layer as L.Path & { feature: { properties: GemeenteProps } };
      const p = path.feature.properties;
      path.setStyle(style(p));
      path.getElement()?.classList.toggle('finder-werkgebied', inWerkgebied(p));
      if (p.statnaam === own?.gemeente) path.bringToFront();
    });
    for (const [slug, list] of markers) {
      for (const m of list) {
        const isChosen = slug === chosen?.slug;
        m.setStyle({ color: isChosen ? INK : '#fff', weight: isChosen ? 3 : 2 }).setRadius(isChosen ? 10 : 7);
        if (isChosen) m.bringToFront();
      }
    }
    legend.textContent = chosen ? fmt(s.mapLegendWerkgebied, { name: chosen.name }) : '';
  }

  function choose(w: MapWerkplaats) {
    chosen = w;
    restyle();
  }

  return {
    show(answer) {
      own = { gemeente: answer.postcode.gemeente };
      const first = answer.results[0];
      chosen = werkplaatsen.find((w) => w.slug === first?.slug);
      restyle();
      you.setLatLng([answer.postcode.lat, answer.postcode.lon]).addTo(map).bringToFront();

      // Frame the owner's gemeente and the chosen werkplaats; a national werkgebied would zoom out too far.
      const bounds = L.latLngBounds([[answer.postcode.lat, answer.postcode.lon]]);
      gemeenteLayer.eachLayer((layer) => {
        const path = layer as L.Polygon & { feature: { properties: GemeenteProps } };
        const p = path.feature.properties;
        if (p.statnaam === own?.gemeente || (!chosen?.werkgebied.landelijk && inWerkgebied(p))) {
          bounds.extend(path.getBounds());
        }
      });
      for (const m of (first && markers.get(first.slug)) ?? []) bounds.extend(m.getLatLng());
      map.invalidateSize();
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10 });
    },
  };
}
