/**
 * The heading level of a section's step titles, one below the section's own title. The section
 * sets it for the steps it holds (the steps are drawn by the scrolly layout in between); a page
 * that lays steps out itself passes the level to each step instead.
 */
import { getContext, setContext } from 'svelte';

export type StepLevel = 2 | 3 | 4;

const key = Symbol('step heading level');

/** Called by a section whose title is an `h<sectionLevel>`. */
export function setStepLevel(sectionLevel: 1 | 2 | 3): void {
	setContext(key, (sectionLevel + 1) as StepLevel);
}

/** The level a step's title takes where its section did not say: under an `h2`. */
export function stepLevel(): StepLevel {
	return getContext<StepLevel | undefined>(key) ?? 3;
}
