import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Schemas } from '../../api/client';
import type { Language } from '../../i18n/messages';
import { PropertyStatus, STATUS_LABELS, STATUS_STYLE } from './messages';

type Settings = Schemas['MapSettingsView'];
type Answer = Schemas['MapPointsView'];
export type MapPoint = Schemas['MapPointView'];
interface FeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[];
}

/** 罗湖 (东门): where the map opens before the outlines tell it where the property is. */
const START: L.LatLngExpression = [22.5487, 114.1219];

export interface MapFocus {
  readonly lng: number;
  readonly lat: number;
  readonly zoom?: number;
}

interface Props {
  settings: Settings | undefined;
  outlines: FeatureCollection | undefined;
  answer: Answer | undefined;
  focus: MapFocus | null;
  language: Language;
  label: string;
  clusterLabel: (count: number, mix: string) => string;
  onView: (bbox: string, zoom: number) => void;
  onSelect: (point: MapPoint) => void;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The Leaflet map: tiles when configured, the outlines, and the points or clusters the API answered. */
export function MapCanvas({ settings, outlines, answer, focus, language, label, clusterLabel, onView, onSelect }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef({ onView, onSelect });
  callbacks.current = { onView, onSelect };

  useEffect(() => {
    if (!holder.current) return;
    const m = L.map(holder.current, { zoomControl: true, attributionControl: true }).setView(START, 13);
    markers.current = L.layerGroup().addTo(m);
    const report = () => {
      const b = m.getBounds();
      const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v, i) =>
        round(Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v))),
      );
      callbacks.current.onView(bbox.join(','), m.getZoom());
    };
    m.on('moveend', report);
    map.current = m;
    report();
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !settings?.layers.length) return;
    const layers = settings.layers.map((l) =>
      L.tileLayer(l.urlTemplate, {
        maxZoom: settings.maxZoom,
        attribution: settings.attribution ?? undefined,
        ...(l.subdomains ? { subdomains: l.subdomains } : {}),
      }).addTo(m),
    );
    return () => layers.forEach((l) => l.remove());
  }, [settings]);

  useEffect(() => {
    const m = map.current;
    if (!m || !outlines?.features.length) return;
    const layer = L.geoJSON(outlines as never, {
      interactive: false,
      style: (f) =>
        f?.properties?.kind === 'boundary'
          ? { color: '#1f1f1f', weight: 2, fill: false }
          : { color: '#595959', weight: 1.5, dashArray: '6 4', fillColor: '#8c8c8c', fillOpacity: 0.06 },
    }).addTo(m);
    return () => {
      layer.remove();
    };
  }, [outlines]);

  useEffect(() => {
    const m = map.current;
    if (m && focus) m.setView([focus.lat, focus.lng], focus.zoom ?? Math.max(m.getZoom(), 16));
  }, [focus]);

  useEffect(() => {
    const group = markers.current;
    const m = map.current;
    if (!group || !m) return;
    group.clearLayers();
    for (const p of answer?.points ?? []) {
      const style = STATUS_STYLE[p.status as PropertyStatus] ?? { colour: '#434343', mark: { 'zh-CN': '?', 'en-US': '?' } };
      const status = STATUS_LABELS[language][p.status as PropertyStatus] ?? p.status;
      const marker = L.marker([p.lat, p.lng], {
        title: `${p.name}（${status}）`,
        keyboard: true,
        icon: L.divIcon({
          className: 'property-map-marker',
          html: `<span style="background:${style.colour}">${escape(style.mark[language])}</span>`,
          iconSize: [28, 28],
          iconAnchor: [14, 14],
        }),
      }).on('click', () => callbacks.current.onSelect(p));
      marker.addTo(group);
      const el = marker.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', `${p.name}（${status}）`);
    }
    for (const c of answer?.clusters ?? []) {
      const mix = Object.entries(c.statuses)
        .map(([s, n]) => `${STATUS_LABELS[language][s as PropertyStatus] ?? s} ${n}`)
        .join('、');
      const size = c.count < 10 ? 32 : c.count < 100 ? 40 : c.count < 1000 ? 48 : 56;
      const marker = L.marker([c.lat, c.lng], {
        title: clusterLabel(c.count, mix),
        keyboard: true,
        icon: L.divIcon({
          className: 'property-map-cluster',
          html: `<span style="width:${size}px;height:${size}px">${c.count.toLocaleString('zh-CN')}</span>`,
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
        }),
      }).on('click', () => m.setView([c.lat, c.lng], Math.min(m.getZoom() + 2, settings?.maxZoom ?? 19)));
      marker.addTo(group);
      const el = marker.getElement();
      el?.setAttribute('role', 'button');
      el?.setAttribute('aria-label', clusterLabel(c.count, mix));
    }
  }, [answer, language, clusterLabel, settings]);

  return <div ref={holder} className="property-map-canvas" role="region" aria-label={label} />;
}
