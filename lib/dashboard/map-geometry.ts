import "server-only";
import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";

/** ISO 3166-1 numeric codes, as world-atlas (Natural Earth 1:50m) identifies countries. */
const ISO_NUMERIC: Record<string, string> = {
  CN: "156",
  KH: "116",
  LA: "418",
  MM: "104",
  TH: "764",
  VN: "704",
};

/** Where each country's name goes (longitude, latitude): China's label sits in Yunnan, inside the frame. */
const LABEL_AT: Record<string, [number, number]> = {
  CN: [102.5, 26.2],
  MM: [96.2, 21.5],
  LA: [102.6, 19.6],
  TH: [100.9, 15.4],
  KH: [104.9, 12.7],
  VN: [106.9, 14.4],
};

export const MAP_WIDTH = 560;
export const MAP_HEIGHT = 620;

export type MapGeometry = {
  /** The neighbours, drawn in grey for context. */
  context: string;
  countries: { code: string; d: string; label: [number, number] }[];
};

let geometry: MapGeometry | undefined;

/**
 * SVG paths of the six countries in the frame of the Lancang-Mekong region (Mercator, fitted to
 * 92°–112° E, 8°–29° N), computed once per server process from the npm map data; no tile server.
 */
export function mapGeometry(): MapGeometry {
  if (geometry) return geometry;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoMercator()
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [92, 8],
          [112, 29],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection);
  const members = new Set(Object.values(ISO_NUMERIC));
  geometry = {
    context: all.features
      .filter((entry) => !members.has(String(entry.id)))
      .map((entry) => path(entry) ?? "")
      .join(""),
    countries: Object.entries(ISO_NUMERIC).map(([code, id]) => {
      const shape = all.features.find((entry) => String(entry.id) === id)!;
      const [x, y] = projection(LABEL_AT[code]!)!;
      return { code, d: path(shape) ?? "", label: [Math.round(x), Math.round(y)] };
    }),
  };
  return geometry;
}
