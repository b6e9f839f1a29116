/**
 * The geometry of a step chart that CSS needs, as a stylesheet rather than `style` attributes:
 * the canvas's aspect ratio, and where each claim's button sits over its mark (percentages of
 * the canvas). Written into the page's head as a `<style>` whose hash the page's policy lists
 * (src/lib/server/csp.ts), so the policy needs no `style-src 'unsafe-inline'`.
 */
import { buttonBox, type StepChart } from './step-chart';

/** The class that ties a figure's canvas to its rules; `id` is the figure's id on the page. */
export const figureClass = (id: string) => `fig-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

const pct = (n: number, of: number) => `${Math.round((n / of) * 10000) / 100}%`;

/** Every mark's button, in the order MarkButtons draws them. */
export function markButtons(chart: StepChart) {
	return chart.panels.flatMap((panel) => panel.rows.flatMap((row) => row.marks));
}

/** The rules of one figure: its canvas's shape, and each mark button's box, by its place. */
export function figureSheet(chart: StepChart, id: string): string {
	const scope = `.${figureClass(id)}`;
	const rules = [
		`${scope}{--ratio:${chart.width / chart.height};aspect-ratio:${chart.width} / ${chart.height}}`
	];
	markButtons(chart).forEach((mark, i) => {
		const box = buttonBox(mark);
		rules.push(
			`${scope} .mark-button:nth-child(${i + 1}){left:${pct(box.x, chart.width)};top:${pct(box.y, chart.height)};width:${pct(box.width, chart.width)};height:${pct(box.height, chart.height)}}`
		);
	});
	return rules.join('');
}
