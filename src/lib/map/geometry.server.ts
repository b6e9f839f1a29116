/**
 * Base geometry for the story's maps, made at build time (during prerendering) from Natural
 * Earth's countries in world-atlas: each country's land, the borders and the coast, clipped to
 * the story's area (and, coarser, to a wider area for the inset), in longitude and latitude.
 * Each chapter's map projects and simplifies it for its own frame (chapter-map.ts). Server-only:
 * the browser gets the drawn paths, never topojson or the atlas.
 */
import type { Feature, Geometry, MultiLineString, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { clipLine, clipRing, type Point, type Rect } from './clip';
import type { Bounds, GeoBorder, GeoCountry, GeoLayer, MapGeometry } from './types';

type Atlas = Topology<{ countries: GeometryCollection }>;

const atlases = new Map<string, Atlas>();
function loadAtlas(scale: '10m' | '50m'): Atlas {
	let atlas = atlases.get(scale);
	if (!atlas) {
		const require = createRequire(import.meta.url);
		atlas = JSON.parse(
			readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')
		) as Atlas;
		atlases.set(scale, atlas);
	}
	return atlas;
}

function nameOf(g: GeometryObject): string {
	return (g.properties as { name?: string } | undefined)?.name ?? '';
}

function ringsOf(g: Geometry): Position[][] {
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}

/** Bounds grown by `share` of their size on every side. */
export function grow(b: Bounds, share: number): Bounds {
	const dx = (b.east - b.west) * share;
	const dy = (b.north - b.south) * share;
	return { west: b.west - dx, south: b.south - dy, east: b.east + dx, north: b.north + dy };
}

/** Land, borders and coast of `bounds` from one atlas. */
export function geoLayer(bounds: Bounds, scale: '10m' | '50m' = '10m'): GeoLayer {
	const topo = loadAtlas(scale);
	const rect: Rect = [bounds.west, bounds.south, bounds.east, bounds.north];
	const countries: GeoCountry[] = [];
	const near = new Set<GeometryObject>();
	for (const g of topo.objects.countries.geometries) {
		const rings = ringsOf((feature(topo, g) as Feature).geometry)
			.map((r) => clipRing(r as Point[], rect))
			.filter((r) => r.length >= 3);
		if (rings.length === 0 || !nameOf(g)) continue;
		near.add(g);
		countries.push({ name: nameOf(g), rings });
	}
	countries.sort((a, b) => a.name.localeCompare(b.name));
	const clip = (m: MultiLineString) =>
		m.coordinates.flatMap((line) => clipLine(line as Point[], rect));
	const pairs = new Map<string, [GeometryObject, GeometryObject]>();
	mesh(topo, topo.objects.countries, (a, b) => {
		if (a !== b && near.has(a) && near.has(b)) {
			const pair = [a, b].sort((m, n) => nameOf(m).localeCompare(nameOf(n))) as [
				GeometryObject,
				GeometryObject
			];
			pairs.set(pair.map(nameOf).join('|'), pair);
		}
		return false;
	});
	const borders: GeoBorder[] = [];
	for (const [a, b] of pairs.values()) {
		const lines = clip(
			mesh(topo, topo.objects.countries, (x, y) => (x === a && y === b) || (x === b && y === a))
		);
		if (lines.length > 0) borders.push({ countries: [nameOf(a), nameOf(b)], lines });
	}
	borders.sort((a, b) => a.countries.join().localeCompare(b.countries.join()));
	const coast = clip(mesh(topo, topo.objects.countries, (a, b) => a === b && near.has(a)));
	return { bounds, countries, borders, coast };
}

/**
 * The base geometry of a story whose map shows `bounds`: the area itself with a wide margin (a
 * chapter's frame may reach past it), and for the inset a coarser area 3.4 times as wide.
 */
export function mapGeometry(bounds: Bounds): MapGeometry {
	const key = JSON.stringify(bounds);
	let made = made_.get(key);
	if (!made) {
		made = { ...geoLayer(grow(bounds, 0.8)), inset: geoLayer(grow(bounds, 1.2), '50m') };
		made_.set(key, made);
	}
	return made;
}

/** Made once per build: every page of the story shares its geometry (and so its maps). */
const made_ = new Map<string, MapGeometry>();
