/** What the locator map is given. */
import type { Index, StepState } from './derive';
import type { MapGeometry } from '$lib/map/types';
import type { Claim, Place, Side, Step, StoryMap } from './schema';

/** What every view of a section's graphic is given. */
export interface GraphicProps {
	/** Slug of the section the graphic belongs to. */
	slug: string;
	/** The claims of this view, in the order the section's steps introduce them. */
	claims: Claim[];
	/** The section's places, then the map's orientation anchors. */
	places: Place[];
	/** What the shown step makes visible and highlights. */
	state: StepState;
	/** Lookups of the story by id. */
	index: Index;
	/** The sides, whose order gives each actor its colour. */
	sides: Side[];
	/** The map's area and anchors. */
	map: StoryMap;
	/** The section's steps, for linking places with actors and steps. */
	steps?: Pick<Step, 'places' | 'claims' | 'about'>[];
	/** The map's base geometry, prepared at build time; without it the map draws places only. */
	geometry?: MapGeometry;
}
