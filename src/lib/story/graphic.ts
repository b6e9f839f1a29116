/** Which view of a section's graphic a step calls for. Pure, so the choice is testable. */
import type { Index, StepState } from './derive';
import type { MapGeometry } from '$lib/map/types';
import type { Claim, Place, Side, Step, StoryMap } from './schema';

export type GraphicView = 'map' | 'strength' | 'casualties';

/** The views a section has: the map when it has places, each chart when it has such claims. */
export function viewsOf(claims: Pick<Claim, 'measure'>[], hasPlaces: boolean): GraphicView[] {
	const views: GraphicView[] = [];
	if (hasPlaces) views.push('map');
	if (claims.some((c) => c.measure === 'strength')) views.push('strength');
	if (claims.some((c) => c.measure !== 'strength')) views.push('casualties');
	return views;
}

/**
 * The view for a step: the chart of the claims it introduces or is about (casualties first,
 * since those are the disputed ones), else the map, else whatever the section has.
 */
export function viewForStep(
	highlighted: Pick<Claim, 'measure'>[],
	views: GraphicView[]
): GraphicView | undefined {
	if (highlighted.some((c) => c.measure !== 'strength') && views.includes('casualties'))
		return 'casualties';
	if (highlighted.some((c) => c.measure === 'strength') && views.includes('strength'))
		return 'strength';
	return views.includes('map') ? 'map' : views[0];
}

/** A view of a section's graphic: its own map and charts, or the story's overview. */
export type View = GraphicView | 'overview';

/**
 * A section's views and the one each step calls for, decided at build time and written into
 * the page for its script. With `overview` (the closing section) the overview is added and is
 * shown whenever the step is about no figure in particular, and in the final state.
 */
export function sectionViews(
	steps: Pick<Step, 'claims' | 'about'>[],
	claims: Map<string, Pick<Claim, 'measure'>>,
	hasPlaces: boolean,
	overview = false
): { views: View[]; final: View | undefined; byStep: (View | undefined)[] } {
	const own = viewsOf(
		steps.flatMap((s) => s.claims.map((id) => claims.get(id)).filter((c) => c !== undefined)),
		hasPlaces
	);
	const pick = (ids: string[]): View | undefined => {
		if (overview && ids.length === 0) return 'overview';
		return viewForStep(
			ids.map((id) => claims.get(id)).filter((c) => c !== undefined),
			own
		);
	};
	return {
		views: overview ? [...own, 'overview'] : own,
		final: pick([]),
		byStep: steps.map((s) => pick([...new Set([...s.claims, ...s.about])]))
	};
}

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
