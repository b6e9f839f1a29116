/**
 * The actors' colours as a stylesheet: each mark reads its colour from `--c`, set here by its
 * `data-actor`, so markup carries no colours and dark mode swaps them in one place. An actor
 * the story gives no colour takes its side's slot of the neutral palette below.
 */
import type { Actor, Side } from '../story/schema';

/** The palette of sides, by the side's place in the story, light and dark (also the share images'). */
export const SIDE_PALETTE = {
	light: ['#b35a00', '#0067a3', '#007a5a', '#a8457f', '#5d5d5d', '#7a6a00'],
	dark: ['#f0a33c', '#5fb4ef', '#3fcf9f', '#e89ac7', '#b0b0b0', '#e0d04a']
} as const;

/** The palette colour of an actor's side. */
export function sideColour(actor: Actor, sides: Side[], tone: 'light' | 'dark'): string {
	const slot = Math.max(
		0,
		sides.findIndex((s) => s.id === actor.side)
	);
	return SIDE_PALETTE[tone][slot % SIDE_PALETTE[tone].length]!;
}

export function actorColoursCss(actors: Actor[], sides: Side[]): string {
	const rule = (a: Actor, tone: 'light' | 'dark') =>
		`[data-actor="${a.id}"]{--c:${a.colour?.[tone] ?? sideColour(a, sides, tone)}}`;
	const light = actors.map((a) => rule(a, 'light')).join('');
	const dark = actors.map((a) => rule(a, 'dark')).join('');
	// Dark follows the system unless the page asks for light, or the page asks for dark.
	return `${light}\n@media (prefers-color-scheme:dark){:root:not([data-theme=light]) ${dark.replace(/\}\[/g, '}:root:not([data-theme=light]) [')}}\n:root[data-theme=dark] ${dark.replace(/\}\[/g, '}:root[data-theme=dark] [')}\n`;
}
