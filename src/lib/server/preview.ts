/**
 * Share previews (Open Graph, 1200×630): the chapter's title over its disputed figures, drawn
 * from the same rows the casualty chart uses, rendered to PNG at build time.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SIDE_PALETTE } from '$lib/charts/colours';
import { disputedRows, rowSubject, rowsOf } from '$lib/charts/rows';
import { formatFigure } from '$lib/story/figures';
import type { Actor, Claim, Side } from '$lib/story/schema';

export const PREVIEW = { width: 1200, height: 630 } as const;

/** The light theme's side colours; SVG rendered outside a page cannot read CSS. */
const SIDE_COLOURS = SIDE_PALETTE.light;

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a title into lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

interface PreviewInput {
	/** The piece's title, shown small at the top. */
	site: string;
	/** The chapter's (or piece's) title. */
	title: string;
	/** A line under the title: the period, or the dek. */
	subtitle: string;
	claims: Claim[];
	actors: Map<string, Actor>;
	sides: Side[];
}

/** The preview as SVG: title, subtitle and up to four rows of disputed (or plain) figures. */
export function previewSvg({ site, title, subtitle, claims, actors, sides }: PreviewInput): string {
	const { width, height } = PREVIEW;
	const people = claims.filter((c) => c.unit === 'people' && c.measure !== 'strength');
	const disputed = disputedRows(people);
	const rows = (disputed.length ? disputed : rowsOf(people)).slice(0, 4);
	const titleLines = wrap(title, 30).slice(0, 2);
	const top = 120 + titleLines.length * 64;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" fill="#fbfaf7"/>`,
		`<rect width="100%" height="10" fill="#8a3b12"/>`,
		`<text x="60" y="80" font-family="DejaVu Sans" font-size="26" font-weight="bold" fill="#8a3b12">${escape(site)}</text>`,
		...titleLines.map(
			(line, i) =>
				`<text x="60" y="${150 + i * 64}" font-family="DejaVu Serif" font-size="56" font-weight="bold" fill="#1b1b1b">${escape(line)}</text>`
		),
		`<text x="60" y="${top}" font-family="DejaVu Sans" font-size="26" fill="#4a4a4a">${escape(subtitle)}</text>`
	];
	const max = Math.max(1, ...rows.map((r) => r.high)) * 1.1;
	const x0 = 60;
	const span = width - 120;
	rows.forEach((row, i) => {
		const y = top + 60 + i * 88;
		const actor = actors.get(row.actor);
		const side = actor ? sides.findIndex((s) => s.id === actor.side) : -1;
		const colour = SIDE_COLOURS[side < 0 ? 4 : side % SIDE_COLOURS.length];
		const at = (v: number) => x0 + (v / max) * span;
		out.push(
			`<text x="${x0}" y="${y}" font-family="DejaVu Sans" font-size="24" fill="#1b1b1b">${escape(rowSubject(row, actor))}</text>`,
			`<line x1="${x0}" x2="${x0 + span}" y1="${y + 30}" y2="${y + 30}" stroke="#d6d3cc" stroke-width="2"/>`,
			`<rect x="${at(row.low)}" y="${y + 20}" width="${Math.max(4, at(row.high) - at(row.low))}" height="20" rx="10" fill="${colour}" fill-opacity="0.3"/>`,
			...row.claims.map(
				(c) => `<circle cx="${at(c.high ?? c.low)}" cy="${y + 30}" r="12" fill="${colour}"/>`
			),
			`<text x="${x0 + span}" y="${y}" text-anchor="end" font-family="DejaVu Sans" font-size="24" font-weight="bold" fill="#1b1b1b">${escape(row.claims.map((c) => formatFigure(c)).join(' · '))}</text>`
		);
	});
	out.push('</svg>');
	return out.join('\n');
}

const require = createRequire(import.meta.url);
/** Fonts shipped through npm, so the image is the same on every machine. */
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Renders SVG to PNG `width` pixels wide (the preview's, by default) in the bundled fonts. */
export function previewPng(svg: string, width: number = PREVIEW.width): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: {
			loadSystemFonts: false,
			fontFiles: [
				'DejaVuSans.ttf',
				'DejaVuSans-Bold.ttf',
				'DejaVuSerif.ttf',
				'DejaVuSerif-Bold.ttf'
			].map((f) => path.join(FONT_DIR, f)),
			defaultFontFamily: 'DejaVu Sans'
		}
	});
	return resvg.render().asPng();
}
