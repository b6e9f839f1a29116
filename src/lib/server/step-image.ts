/**
 * A step's graphic as a still image, for hosts that cannot run an iframe (apps, print,
 * newsletters): the same chart laid out by step-chart.ts (or the chapter map's state for the
 * step), drawn as plain SVG with the story's light colours and rendered to PNG at build time,
 * as the share previews are (preview.ts). The headline is in the image; a credit line closes it.
 */
import type { StepChart } from '$lib/charts/step-chart';
import { FRAME, TYPE } from '$lib/charts/step-chart';
import type { ChapterMap } from '$lib/map/chapter-map';
import { zoomTransform } from '$lib/contract';
import type { Actor, Side } from '$lib/story/schema';
import { previewPng } from './preview';
import { FACE } from '$lib/text/width';

/** Chart units are drawn at this scale, so the image is sharp on a phone's screen. */
export const STEP_IMAGE = { scale: 2, pad: 10, width: FRAME.width + 20 } as const;

const INK = '#1b1b1b';
const SOFT = '#4a4a4a';
const RULE = '#d6d3cc';
const PAPER = '#fbfaf7';
/** The light theme's side colours (app.css), for actors the story gives no colour. */
const SIDE_COLOURS = ['#b35a00', '#0067a3', '#007a5a', '#a8457f', '#5d5d5d', '#7a6a00'];
const LAND = ['#ecebe4', '#e2e0d6', '#d9d6ca', '#efe9dc'];

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of about `chars` characters. */
function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The colour of each actor in light mode: its own, or its side's. */
export function lightColours(actors: Actor[], sides: Side[]): Map<string, string> {
	return new Map(
		actors.map((a) => {
			const side = Math.max(
				0,
				sides.findIndex((s) => s.id === a.side)
			);
			return [a.id, a.colour?.light ?? SIDE_COLOURS[side % SIDE_COLOURS.length]!];
		})
	);
}

const text = (
	x: number,
	y: number,
	body: string,
	size: number,
	attrs: { fill?: string; bold?: boolean; italic?: boolean; anchor?: string } = {}
) =>
	`<text x="${x}" y="${y}" font-family="${FACE}" font-size="${size}"${attrs.bold ? ' font-weight="bold"' : ''}${attrs.italic ? ' font-style="italic"' : ''}${attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : ''} fill="${attrs.fill ?? INK}">${escape(body)}</text>`;

/** The chart's drawing, in chart units: axes, row titles, marks and labels. */
function chartBody(chart: StepChart, colour: (actor: string) => string): string[] {
	const out: string[] = [];
	for (const panel of chart.panels) {
		if (panel.axis) {
			const y = panel.axis.y;
			out.push(
				`<line x1="${FRAME.pad}" x2="${FRAME.width - FRAME.pad}" y1="${y}" y2="${y}" stroke="${SOFT}" stroke-width="0.75"/>`,
				...panel.axis.ticks.map(
					(t) =>
						`<line x1="${t.x}" x2="${t.x}" y1="${y}" y2="${y + 3}" stroke="${SOFT}" stroke-width="0.75"/>` +
						text(t.x, y + 3 + TYPE.tick, t.text, TYPE.tick, { fill: SOFT, anchor: 'middle' })
				)
			);
		}
		const lines = (
			l: { x: number; y: number; text: string; more?: string },
			size: number,
			a = {}
		) => text(l.x, l.y, l.text, size, a) + (l.more ? text(l.x, l.y + 14, l.more, size, a) : '');
		if (panel.title) out.push(lines(panel.title, TYPE.panel, { fill: SOFT, italic: true }));
		for (const row of panel.rows) {
			out.push(lines(row.title, TYPE.title, { bold: true }));
			if (row.scope) out.push(lines(row.scope, TYPE.panel, { fill: SOFT, italic: true }));
			const c = colour(row.actor);
			if (row.line) out.push(`<path d="${row.line}" fill="none" stroke="${c}" stroke-width="2"/>`);
			else if (row.marks.length > 1 && row.marks[0]?.shape !== 'part') {
				const y = row.marks[0]!.y;
				out.push(
					`<line x1="${FRAME.pad}" x2="${FRAME.width - FRAME.pad}" y1="${y}" y2="${y}" stroke="${RULE}"/>`
				);
			}
			for (const m of row.marks) {
				const fill = colour(m.actor);
				const edge = `stroke="${m.highlighted ? INK : PAPER}" stroke-width="${m.highlighted ? 1.5 : 1.25}"`;
				if (m.shape === 'bar' || m.shape === 'part' || m.shape === 'range') {
					const w = Math.max(m.shape === 'range' ? 6 : 2, m.x1 - m.x0);
					out.push(
						`<rect x="${m.x0}" y="${m.y - 4}" width="${w}" height="8"${m.shape === 'range' ? ' rx="4"' : ''} fill="${fill}" ${edge}/>`
					);
				} else if (m.shape === 'open')
					out.push(
						`<line x1="${m.x0}" x2="${m.x1 - 2}" y1="${m.y}" y2="${m.y}" stroke="${fill}" stroke-width="2"/>`,
						`<path d="M${m.x1},${m.y} l-5,-4 v8 z" fill="${fill}"/>`,
						`<circle cx="${m.x0}" cy="${m.y}" r="4.5" fill="${fill}" ${edge}/>`
					);
				else out.push(`<circle cx="${m.x0}" cy="${m.y}" r="5" fill="${fill}" ${edge}/>`);
				if (m.label.text)
					out.push(
						lines(m.label, TYPE.label, {
							fill: m.highlighted ? INK : SOFT,
							bold: m.highlighted,
							anchor: m.label.anchor
						})
					);
			}
		}
	}
	return out;
}

/** The map's state at a step, in its own units: land, borders, places and their labels. */
function mapBody(map: ChapterMap, step: number): string[] {
	const state = map.states[step] ?? map.states[map.steps]!;
	const out: string[] = [
		`<rect width="${map.width}" height="${map.height}" fill="#dfe9ef"/>`,
		`<g transform="${zoomTransform(state.zoom)}">`,
		...map.base.lands.map((l) => `<path d="${l.d}" fill="${LAND[l.tone % LAND.length]}"/>`),
		...map.base.borders.map(
			(b) =>
				`<path d="${b.d}" fill="none" stroke="${SOFT}" stroke-width="0.8" stroke-dasharray="3 2"/>`
		),
		`</g>`,
		...state.countries.map((c) =>
			text(c.x, c.y, c.name.toUpperCase(), c.size, { fill: SOFT, bold: true, anchor: 'middle' })
		),
		...state.marks.map((m) =>
			m.shape === 'ring'
				? `<circle cx="${m.x}" cy="${m.y}" r="${m.ring}" fill="none" stroke="${INK}" stroke-dasharray="2 2"/><circle cx="${m.x}" cy="${m.y}" r="1.8" fill="${INK}"/>`
				: m.shape === 'area'
					? ''
					: `<circle cx="${m.x}" cy="${m.y}" r="${m.r}" fill="${m.role === 'named' ? INK : SOFT}" stroke="${PAPER}"/>`
		),
		...state.labels.flatMap((l) =>
			l.lines.map((line, i) =>
				text(l.x, l.y + i * l.lineHeight, line, l.size, {
					fill: l.role === 'named' ? INK : SOFT,
					bold: l.bold,
					italic: l.kind === 'area',
					anchor: l.anchor
				})
			)
		)
	];
	return out;
}

export interface StepImageInput {
	/** The graphic: the step's chart, or the chapter's map at this step. */
	graphic: { kind: 'chart'; chart: StepChart } | { kind: 'map'; map: ChapterMap; step: number };
	/** What the image says on top: the chart's headline, or the map's title. */
	headline: string;
	/** The credit line under it: the piece, the chapter, the address. */
	credit: string;
	colours: Map<string, string>;
}

/** The image as SVG, in chart units; `width` and `height` in the same units. */
export function stepImageSvg({ graphic, headline, credit, colours }: StepImageInput): {
	svg: string;
	width: number;
	height: number;
} {
	const { pad, width } = STEP_IMAGE;
	const inner = width - 2 * pad;
	const head = wrap(headline, 44);
	let y = pad + 14;
	const out: string[] = head.map((line, i) => text(pad, y + i * 19, line, 15, { bold: true }));
	y += (head.length - 1) * 19 + 10;
	if (graphic.kind === 'chart' && graphic.chart.note) {
		const note = wrap(graphic.chart.note, 56);
		out.push(...note.map((line, i) => text(pad, y + 12 + i * 16, line, 12, { fill: SOFT })));
		y += note.length * 16 + 4;
	}
	let drawnHeight: number;
	if (graphic.kind === 'chart') {
		const k = inner / graphic.chart.width;
		drawnHeight = graphic.chart.height * k;
		const colour = (actor: string) => colours.get(actor) ?? SOFT;
		out.push(
			`<g transform="translate(${pad} ${y}) scale(${k})">`,
			...chartBody(graphic.chart, colour),
			'</g>'
		);
	} else {
		const { map, step } = graphic;
		const k = inner / map.width;
		drawnHeight = map.height * k;
		out.push(
			`<svg x="${pad}" y="${y}" width="${inner}" height="${drawnHeight}" viewBox="0 0 ${map.width} ${map.height}">`,
			...mapBody(map, step),
			'</svg>'
		);
	}
	y += drawnHeight + 16;
	const foot = wrap(credit, 64);
	out.push(...foot.map((line, i) => text(pad, y + i * 13, line, 10, { fill: SOFT })));
	const height = Math.ceil(y + (foot.length - 1) * 13 + pad);
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" fill="${PAPER}"/>`,
		...out,
		'</svg>'
	].join('\n');
	return { svg, width, height };
}

/** The image as PNG, `STEP_IMAGE.scale` pixels per unit. */
export function stepImagePng(svg: string, width: number): Uint8Array {
	return previewPng(svg, width * STEP_IMAGE.scale);
}
