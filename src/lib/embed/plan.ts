/**
 * What a chapter's embed lays out, from what its steps show: the plan its height is estimated
 * from (layout.ts), and the rule of which steps draw a graphic in the flow.
 */
import type { SectionGraphics } from '../charts/section-graphics';
import { formatStoryDate } from '../story/dates';
import { paragraphs } from '../story/derive';
import type { Section } from '../story/schema';
import type { EmbedPlan, GraphicBox } from './layout';

/**
 * Whether step `step` draws its graphic in a flat embed: a map step right after another map
 * step adds nothing (the map shows once per run), unless the step stands alone.
 */
export function drawsInFlow(graphics: SectionGraphics, step: number, alone = false): boolean {
	const shows = graphics.steps[step];
	if (!shows || shows.kind === 'none' || shows.kind === 'overview') return false;
	if (alone || shows.kind !== 'map') return true;
	return graphics.steps[step - 1]?.kind !== 'map';
}

/** The box of step `step`'s graphic, given the map's size in its own units. */
function boxOf(
	graphics: SectionGraphics,
	step: number,
	map: { width: number; height: number } | undefined,
	alone: boolean
): GraphicBox {
	const shows = graphics.steps[step];
	if (!shows || !drawsInFlow(graphics, step, alone)) return { kind: 'none' };
	if (shows.kind === 'chart') {
		const { width, height, headline, note, keys } = shows.chart;
		return { kind: 'chart', width, height, headline, note, keys: keys.length };
	}
	return map ? { kind: 'map', width: map.width, height: map.height } : { kind: 'none' };
}

/**
 * The plan of a chapter's embed (every step, text folded), or of one step's (`only`, 0-based:
 * its text open, no summary).
 */
export function embedPlanOf(
	chapter: Pick<Section, 'title' | 'period' | 'summary' | 'steps'>,
	graphics: SectionGraphics,
	map?: { width: number; height: number },
	only?: number
): EmbedPlan {
	const alone = only !== undefined;
	const picked = alone ? [only] : chapter.steps.map((_, i) => i);
	return {
		title: chapter.title,
		kicker: alone,
		period: chapter.period && !alone ? formatStoryDate(chapter.period) : undefined,
		summary: alone ? undefined : chapter.summary,
		steps: picked.map((i) => {
			const step = chapter.steps[i]!;
			return {
				date: formatStoryDate(step.date),
				title: step.title,
				text: alone ? paragraphs(step.text) : undefined,
				graphic: boxOf(graphics, i, map, alone)
			};
		})
	};
}
