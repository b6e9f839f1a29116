/**
 * The page's one focus state: which step the reader is on and which actor or claim they picked.
 * Steps write it; charts and the map read it, which is what links them.
 */
import { getContext, setContext } from 'svelte';

export class Focus {
	/** Slug of the section holding the active step, or null before the first step. */
	section = $state<string | null>(null);
	/** 0-based index of the active step within `section`. */
	step = $state(-1);
	/** Actor the reader pointed at in any chart or legend. */
	actor = $state<string | null>(null);
	/** Place the reader picked on the map. */
	place = $state<string | null>(null);
	/** True once JavaScript runs: until then graphics show each section's final state. */
	live = $state(false);
	/** True while the page is being printed: graphics show their final state. */
	printing = $state(false);

	/** Makes a step the active one. */
	activate(section: string, step: number) {
		this.section = section;
		this.step = step;
	}
}

const KEY = Symbol('focus');

export function provideFocus(): Focus {
	return setContext(KEY, new Focus());
}

export function useFocus(): Focus {
	const focus = getContext<Focus | undefined>(KEY);
	if (!focus) throw new Error('useFocus() needs provideFocus() in a parent component');
	return focus;
}
