/** The reading-progress bar along the top edge, updated once a frame while the reader scrolls. */
import { readingProgress } from '../scrolly/position';

export function trackProgress(fill: HTMLElement): void {
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
