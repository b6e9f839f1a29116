/**
 * The reading-progress bar along the top edge: run by the browser from the scroll position, or
 * else updated once a frame while the reader scrolls.
 */
import { readingProgress } from '../scrolly/position';
import { calm } from './dom';

export function trackProgress(fill: HTMLElement): void {
	// Where the browser can run the bar off the scroll position itself, nothing runs on the main
	// thread while the reader scrolls. Not under reduced motion, where no animation may run.
	if ('ScrollTimeline' in window && !calm()) {
		const timeline = new ScrollTimeline({ source: document.documentElement, axis: 'block' });
		fill.animate({ transform: ['scaleX(0)', 'scaleX(1)'] }, { timeline, fill: 'both' });
		return;
	}
	let frame = 0;
	const update = () => {
		frame = 0;
		const done = readingProgress(
			window.scrollY,
			window.innerHeight,
			document.documentElement.scrollHeight
		);
		fill.style.transform = `scaleX(${done})`;
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	update();
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);
}
