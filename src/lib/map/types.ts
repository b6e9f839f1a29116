/** What the build prepares for a story's maps: base geometry in longitude and latitude. */
import type { StoryMap } from '$lib/story/schema';
import type { Point } from './clip';

export type Bounds = StoryMap['bounds'];
/** [longitude, latitude]. */
export type LonLat = Point;

/** A country's land inside the prepared area, as rings (outer rings and holes, even–odd). */
export interface GeoCountry {
	name: string;
	rings: LonLat[][];
}

/** A stretch of international border between two countries. */
export interface GeoBorder {
	/** The two countries' names, sorted, e.g. ["Northland", "Southland"]. */
	countries: [string, string];
	lines: LonLat[][];
}

/** Land, borders and coasts of an area, in longitude and latitude. */
export interface GeoLayer {
	/** The area the geometry is clipped to. */
	bounds: Bounds;
	countries: GeoCountry[];
	borders: GeoBorder[];
	coast: LonLat[][];
}

/** Base geometry of a story's maps, computed at build time (server only) from Natural Earth. */
export interface MapGeometry extends GeoLayer {
	/** A coarser, wider area around the story's, for the inset locator. */
	inset: GeoLayer;
}
