/**
 * Where a chapter's map looks: a flat plane in km (equirectangular at the story's middle
 * latitude, so a km is the same length across and up), windows of the map's shape in that
 * plane for each step, and the chapter's frame that holds them all.
 */
import type { Point } from './clip';
import type { Bounds } from './types';

/** Length of one degree of latitude in km (mean Earth radius 6,371 km). */
export const KM_PER_DEGREE = (Math.PI * 6371) / 180;

/** [lon, lat] → [x, y] in km from the story's north-west corner, y downwards. */
export interface Plane {
	project(lon: number, lat: number): Point;
}

export function planeFor(bounds: Bounds): Plane {
	const c = Math.cos((((bounds.south + bounds.north) / 2) * Math.PI) / 180);
	return {
		project: (lon, lat) => [
			(lon - bounds.west) * c * KM_PER_DEGREE,
			(bounds.north - lat) * KM_PER_DEGREE
		]
	};
}

/** A window onto the plane, in km: its top-left corner and size (always the map's shape). */
export interface Window {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Something a window must hold: a point in km with a radius around it. */
export interface Target {
	x: number;
	y: number;
	r: number;
}

export interface WindowOptions {
	/** Width ÷ height of the map. */
	aspect: number;
	/** Share of the window's width and height the targets may fill (the rest is room for labels). */
	fill?: number;
	/** Narrowest window, in km. */
	minKm?: number;
	/** Targets closer than this many km … */
	close?: number;
	/** … are zoomed to at least this share of the window's width apart. */
	separation?: number;
	/** Where the window must stay (it is moved, not cut, to stay inside). */
	within?: Window;
}

/**
 * The window that holds every target with room around it, at least `minKm` wide, zoomed in
 * further when targets lie close together so they separate, and centred on them.
 */
export function windowAround(targets: Target[], options: WindowOptions): Window {
	const { aspect, fill = 0.7, minKm = 14, close = 12, separation = 0.09 } = options;
	if (targets.length === 0) return options.within ?? { x: 0, y: 0, w: minKm, h: minKm / aspect };
	const left = Math.min(...targets.map((t) => t.x - t.r));
	const right = Math.max(...targets.map((t) => t.x + t.r));
	const top = Math.min(...targets.map((t) => t.y - t.r));
	const bottom = Math.max(...targets.map((t) => t.y + t.r));
	const contain = Math.max((right - left) / fill, ((bottom - top) / fill) * aspect);
	let w = Math.max(contain, minKm);
	// The closest pair of distinct places must end up `separation` of the width apart.
	let nearest = Infinity;
	for (let i = 0; i < targets.length; i++)
		for (let j = i + 1; j < targets.length; j++) {
			const d = Math.hypot(targets[i]!.x - targets[j]!.x, targets[i]!.y - targets[j]!.y);
			if (d > 0.05 && d < close) nearest = Math.min(nearest, d);
		}
	if (Number.isFinite(nearest)) w = Math.max(contain, Math.min(w, nearest / separation));
	const h = w / aspect;
	const win = { x: (left + right) / 2 - w / 2, y: (top + bottom) / 2 - h / 2, w, h };
	return options.within ? keepInside(win, options.within) : win;
}

/** A window moved (and if need be shrunk, keeping its shape) to lie inside another. */
export function keepInside(win: Window, outer: Window): Window {
	const shrink = Math.min(1, outer.w / win.w, outer.h / win.h);
	const w = win.w * shrink;
	const h = win.h * shrink;
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	return {
		x: clamp(win.x + (win.w - w) / 2, outer.x, outer.x + outer.w - w),
		y: clamp(win.y + (win.h - h) / 2, outer.y, outer.y + outer.h - h),
		w,
		h
	};
}

/** The smallest window of the given shape holding all the windows. */
export function union(windows: Window[], aspect: number): Window {
	const left = Math.min(...windows.map((w) => w.x));
	const right = Math.max(...windows.map((w) => w.x + w.w));
	const top = Math.min(...windows.map((w) => w.y));
	const bottom = Math.max(...windows.map((w) => w.y + w.h));
	const w = Math.max(right - left, (bottom - top) * aspect);
	const h = w / aspect;
	return { x: (left + right) / 2 - w / 2, y: (top + bottom) / 2 - h / 2, w, h };
}

/** A round scale-bar length in km near `target` km. */
export function roundKm(target: number): number {
	const power = 10 ** Math.floor(Math.log10(target));
	return [5, 2, 1].map((m) => m * power).find((n) => n <= target) ?? power;
}
