/**
 * The actors' colours as a stylesheet: each mark reads its colour from `--c`, set here by its
 * `data-actor`, so markup carries no colours and dark mode swaps them in one place. An actor
 * the story gives no colour takes its side's slot of the neutral palette in app.css.
 */
import type { Actor, Side } from '../story/schema';

export function actorColoursCss(actors: Actor[], sides: Side[]): string {
	const rule = (a: Actor, tone: 'light' | 'dark') => {
		const slot = `var(--side-${
			Math.max(
				0,
				sides.findIndex((s) => s.id === a.side)
			) % 6
		})`;
		return `[data-actor="${a.id}"]{--c:${a.colour?.[tone] ?? slot}}`;
	};
	const light = actors.map((a) => rule(a, 'light')).join('');
	const dark = actors.map((a) => rule(a, 'dark')).join('');
	// Dark follows the system unless the page asks for light, or the page asks for dark.
	return `${light}\n@media (prefers-color-scheme:dark){:root:not([data-theme=light]) ${dark.replace(/\}\[/g, '}:root:not([data-theme=light]) [')}}\n:root[data-theme=dark] ${dark.replace(/\}\[/g, '}:root[data-theme=dark] [')}\n`;
}
