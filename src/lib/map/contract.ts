/**
 * What the map's markup (ChapterMap.svelte) and the page's script (reader/map.ts) share: the
 * attribute names and how their values are written and read. Nothing else crosses between them.
 */

/** Attribute names. */
export const MAP_ATTR = {
	/** On the map's svg. */
	svg: 'data-map',
	/** On the group of base layers the states zoom (its transform is the shown state's zoom). */
	base: 'data-map-base',
	/** On a state's group (live in the svg, or inside a `<template>`): its step, -1 the final. */
	state: 'data-map-state',
	/** On a state's group: the zoom of the base layers, as written by `encodeZoom`. */
	zoom: 'data-zoom',
	/** On a place's group of marks: the place's id. Public contract. */
	place: 'data-place',
	/** On a place's tap target. */
	hit: 'data-hit',
	/** On a label: the id of its place. */
	label: 'data-label',
	/** On a place's group and its label: `named`, `earlier` or `anchor`. */
	role: 'data-role',
	/** On a place's group, label and list item: whether it is lit. Public contract. */
	highlighted: 'data-highlighted',
	/** On an item of the list of places: its place's id. */
	item: 'data-place-item',
	/** On the map's figure: what a tap target does, in the story's language, for its name. */
	hitName: 'data-hit-name'
} as const;

/** How the base layers are zoomed: x' = k·x + tx, y' = k·y + ty. */
export interface Zoom {
	tx: number;
	ty: number;
	k: number;
}

export function encodeZoom(z: Zoom): string {
	const r = (n: number) => String(Math.round(n * 1000) / 1000);
	return `${r(z.tx)} ${r(z.ty)} ${r(z.k)}`;
}

export function decodeZoom(text: string | null | undefined): Zoom {
	const [tx = 0, ty = 0, k = 1] = (text ?? '').split(' ').map(Number);
	return { tx: tx || 0, ty: ty || 0, k: k || 1 };
}

/** The zoom as an SVG transform attribute. */
export function zoomTransform(z: Zoom): string {
	return `translate(${z.tx} ${z.ty}) scale(${z.k})`;
}

/** The zoom as a CSS transform (SVG user units), which can be animated. */
export function zoomStyle(z: Zoom): string {
	return `translate(${z.tx}px, ${z.ty}px) scale(${z.k})`;
}

export function encodeStep(step: number): string {
	return String(step);
}

export function decodeStep(text: string | null | undefined): number {
	const n = Number(text);
	return Number.isInteger(n) && text !== '' && text != null ? n : -1;
}

export function encodeFlag(on: boolean): 'true' | 'false' {
	return on ? 'true' : 'false';
}
