/**
 * The locator map's projection: equirectangular, stretched by the cosine of the middle latitude
 * so that a kilometre is the same length across and up the map. Hand-written so the browser
 * needs no map library; the build-time geometry is made with this same function.
 */
import type { Bounds } from './types';

/** Length of one degree of latitude in km (mean Earth radius 6,371 km). */
export const KM_PER_DEGREE = (Math.PI * 6371) / 180;

/** The longer side of the viewBox, in SVG units. */
export const MAP_SIZE = 400;

export interface Projection {
	bounds: Bounds;
	/** Size of the viewBox. */
	width: number;
	height: number;
	/** SVG units per degree of latitude. */
	k: number;
	/** Km per SVG unit. */
	kmPerUnit: number;
	/** [lon, lat] → [x, y] in SVG units, y downwards. */
	project(lon: number, lat: number): [number, number];
	/** [x, y] → [lon, lat]. */
	invert(x: number, y: number): [number, number];
}

/** The projection that fits `bounds` into a viewBox whose longer side is `size`. */
export function projectionFor(bounds: Bounds, size = MAP_SIZE): Projection {
	const { west, south, east, north } = bounds;
	const c = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const spanX = (east - west) * c;
	const spanY = north - south;
	const k = size / Math.max(spanX, spanY);
	const width = round(spanX * k);
	const height = round(spanY * k);
	return {
		bounds,
		width,
		height,
		k,
		kmPerUnit: KM_PER_DEGREE / k,
		project: (lon, lat) => [(lon - west) * c * k, (north - lat) * k],
		invert: (x, y) => [west + x / (c * k), north - y / k]
	};
}

/** Radius in SVG units of a circle `km` wide in radius. */
export function radiusFor(km: number, projection: Pick<Projection, 'kmPerUnit'>): number {
	return km / projection.kmPerUnit;
}

/** A scale bar: a round number of km about `fraction` of the map's width, and its length. */
export function scaleBar(
	projection: Pick<Projection, 'kmPerUnit' | 'width'>,
	fraction = 0.25
): { km: number; length: number } {
	const target = projection.width * fraction * projection.kmPerUnit;
	const power = 10 ** Math.floor(Math.log10(target));
	const km = [5, 2, 1].map((m) => m * power).find((n) => n <= target) ?? power;
	return { km, length: km / projection.kmPerUnit };
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** The part of the map a section zooms to: its top-left corner and its size as a share `s`. */
export interface View {
	x0: number;
	y0: number;
	/** View size ÷ map size (1 = the whole map). */
	s: number;
}

/**
 * The view that holds every given circle (x, y, r in map units) with some room around it, the
 * same shape as the map, at least `minShare` of its width, and inside it.
 */
export function viewAround(
	circles: { x: number; y: number; r: number }[],
	size: { width: number; height: number },
	{ padding = 0.12, minShare = 0.3 } = {}
): View {
	if (circles.length === 0) return { x0: 0, y0: 0, s: 1 };
	const left = Math.min(...circles.map((c) => c.x - c.r));
	const right = Math.max(...circles.map((c) => c.x + c.r));
	const top = Math.min(...circles.map((c) => c.y - c.r));
	const bottom = Math.max(...circles.map((c) => c.y + c.r));
	const share = Math.min(
		1,
		Math.max(
			minShare,
			(right - left) / size.width + 2 * padding,
			(bottom - top) / size.height + 2 * padding
		)
	);
	const w = size.width * share;
	const h = size.height * share;
	const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
	return {
		x0: clamp((left + right) / 2 - w / 2, size.width - w),
		y0: clamp((top + bottom) / 2 - h / 2, size.height - h),
		s: share
	};
}

/** A map point as drawn in a view, in the viewBox's units. */
export function inView(view: View, x: number, y: number): [number, number] {
	return [(x - view.x0) / view.s, (y - view.y0) / view.s];
}

/** How map units land in the drawing: x' = k·x + tx, y' = k·y + ty. */
export interface Fit {
	k: number;
	tx: number;
	ty: number;
}

/**
 * Fits a view of the map into a frame (the drawing's size in its own units): the view whole and
 * centred, the rest of the frame filled with more map where there is any.
 */
export function fitView(
	view: View,
	map: { width: number; height: number },
	frame: { width: number; height: number }
): Fit {
	const w = map.width * view.s;
	const h = map.height * view.s;
	const k = Math.min(frame.width / w, frame.height / h);
	const place = (centre: number, frameSize: number, mapSize: number) => {
		const shown = frameSize / k;
		if (shown >= mapSize) return (frameSize - k * mapSize) / 2;
		const start = Math.max(0, Math.min(mapSize - shown, centre - shown / 2));
		return -k * start;
	};
	return {
		k,
		tx: place(view.x0 + w / 2, frame.width, map.width),
		ty: place(view.y0 + h / 2, frame.height, map.height)
	};
}
