/**
 * What a section's graphic shows for the reader's place in the story and what they picked:
 * pure, from the data the steps carry in the page, so it is tested without a browser.
 */
import { placesOfActor, stepsAtPlace } from '../map/places';
import { claimsForStep, finalState, type StepState } from '../story/derive';

/** What a step says it introduces, is about and where it is set (its data-* attributes). */
export type StepData = Pick<import('../contract').StepData, 'claims' | 'about' | 'places'>;

/** What the reader picked: an actor in a chart or legend, a place on a map. */
export interface Picks {
	actor: string | null;
	place: string | null;
}

export interface GraphicState extends StepState {
	/** Steps of the section set at the picked place. */
	pickedSteps: number[];
	/** Places the map highlights: the picked actor's, else the step's and the picked place. */
	litPlaces: string[];
}

/**
 * The state of a section's graphic with step `shown` in view (-1: the final state). A picked
 * place adds the claims of the steps set there to the highlighted ones.
 */
export function graphicState(
	steps: StepData[],
	shown: number,
	picks: Picks,
	actorOf: Map<string, { actor: string }>
): GraphicState {
	const base = shown >= 0 ? claimsForStep(steps, shown) : finalState(steps);
	const pickedSteps = picks.place ? stepsAtPlace({ steps }, picks.place) : [];
	const there = pickedSteps.flatMap((i) => [...steps[i]!.claims, ...steps[i]!.about]);
	const actorPlaces = picks.actor ? placesOfActor(steps, picks.actor, actorOf) : [];
	return {
		...base,
		highlighted: [...new Set([...base.highlighted, ...there])],
		pickedSteps,
		litPlaces:
			actorPlaces.length > 0
				? actorPlaces
				: [...new Set([...base.places, ...(picks.place ? [picks.place] : [])])]
	};
}
