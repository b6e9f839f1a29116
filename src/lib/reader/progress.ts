/**
 * The reading-progress bar along the top edge, set a few times a second while the reader
 * scrolls. Tying it to every frame (a scroll timeline, or a transition between settings) cost
 * each frame a style update on the main thread; a 3 px bar that steps ten times a second
 * moves by a pixel or two at a time.
 */
import { readingProgress } from '../scrolly/position';
import { watchScrolling } from '../scrolly/activity';

export function trackProgress(fill: HTMLElement): void {
	const update = () => {
		const done = readingProgress(
			window.scrollY,
			window.innerHeight,
			document.documentElement.scrollHeight
		);
		fill.style.transform = `scaleX(${done})`;
	};
	update();
	watchScrolling(update);
	window.addEventListener('resize', update);
}
