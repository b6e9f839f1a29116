/** What the build prepares for a locator map: base geometry in the map's own SVG units. */
import type { StoryMap } from '$lib/story/schema';

export type Bounds = StoryMap['bounds'];

/** A line of international border between two countries, as SVG path data. */
export interface BorderLine {
	/** The two countries' names, e.g. ["Northland", "Southland"]. */
	countries: [string, string];
	/** SVG path data (M and L commands only), clipped to the map. */
	d: string;
}

/** Where a country's name can be written: spots clear of borders, best first. */
export interface CountryLabel {
	name: string;
	/** Label centres in SVG units, best first, spread apart so a zoomed map finds one in view. */
	spots: [number, number][];
}

/** Base geometry of a locator map, computed at build time for the story's bounds. */
export interface MapGeometry {
	/** The bounds the geometry was made for. */
	bounds: Bounds;
	/** Size of the SVG viewBox. */
	width: number;
	height: number;
	/** Land as SVG path data (empty when the whole map is land). */
	land: string;
	/** Coastlines as SVG path data. */
	coast: string;
	/** International borders. */
	borders: BorderLine[];
	/** Country names and where to write them. */
	countries: CountryLabel[];
}
