/**
 * Drives steps with scrollama, once per page. Scrollama fires as steps cross the trigger line;
 * after every scroll settles we also measure which step sits on the line, so a fling that skips
 * steps, a jump, or a rotation always ends on the right step.
 */
import scrollama from 'scrollama';
import { LOOK_MS, watchScrolling } from './activity';
import { stepAtLine } from './position';

export interface ScrollerOptions {
	/** The trigger line as a fraction of the viewport height, read again on resize. */
	offset: () => number;
	/** Called with the position of the step now on the line (-1: above the first step). */
	onStep: (position: number) => void;
	/** A step opened by a deep link: made active at once, with none of the steps before it. */
	initial?: number;
}

/**
 * Runs scrollama's setup without the listener it adds for every scroll event. It keeps that
 * listener only to know the direction of travel, and reads the position again at each step it
 * reports crossing, which is all it uses the direction for; the listener made the browser send
 * a scrolling reader's page an event at every frame.
 */
function withoutScrollListener<T>(setup: () => T): T {
	const add = document.addEventListener;
	document.addEventListener = function (this: Document, ...args: Parameters<typeof add>) {
		if (args[0] !== 'scroll') add.apply(this, args);
	} as typeof add;
	try {
		return setup();
	} finally {
		document.addEventListener = add;
	}
}

export function watchSteps(
	steps: HTMLElement[],
	{ offset, onStep, initial }: ScrollerOptions
): void {
	let current = -2;
	if (initial !== undefined) {
		current = initial;
		onStep(initial);
	}
	const set = (position: number) => {
		if (position === current) return;
		current = position;
		onStep(position);
	};

	const scroller = scrollama();
	const setup = () =>
		withoutScrollListener(() =>
			scroller.setup({ step: steps, offset: offset() as scrollama.DecimalType })
		)
			// scrollama calls a step's position `index`.
			.onStepEnter(({ index: position }) => set(position))
			.onStepExit(({ index: position, direction }) => {
				// Leaving the first step upwards puts the reader back above the story.
				if (position === 0 && direction === 'up') set(-1);
			});
	setup();

	// Read once and again on resize: reading it means computing styles, at every settle a cost.
	let lastOffset = offset();
	const settle = () => {
		const line = lastOffset * window.innerHeight;
		set(
			stepAtLine(
				steps.map((s) => s.getBoundingClientRect()),
				line
			)
		);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const onResize = () => {
		// A rotation can change the trigger line (phone vs wide layout): set scrollama up anew.
		if (offset() !== lastOffset) {
			lastOffset = offset();
			scroller.destroy();
			setup();
		}
		clearTimeout(timer);
		timer = setTimeout(settle, LOOK_MS);
	};
	// At once where the browser says a scroll has ended, and again once the page is seen still:
	// some scrolls end unannounced (the browser's own anchoring, browsers without `scrollend`).
	// A second settle on the same step changes nothing.
	watchScrolling((moving) => {
		if (!moving) settle();
	});
	window.addEventListener('scrollend', settle);
	window.addEventListener('resize', onResize);
	// The script can start before the style sheets that set the trigger line have loaded.
	if (document.readyState !== 'complete') window.addEventListener('load', onResize, { once: true });
	if (initial === undefined) settle();
}
