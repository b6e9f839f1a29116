/**
 * Share previews (Open Graph, 1200×630): the chapter's title over its figures (disputed ones
 * first, else plain ones, else its forces), drawn from the same rows the charts use, every line
 * measured as it is placed, rendered to PNG at build time.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SIDE_PALETTE } from '$lib/charts/colours';
import { rowSubject } from '$lib/charts/rows';
import { ellipsis, previewRowsOf, wrapToWidth } from '$lib/charts/preview-rows';
import { FACE, textWidth } from '$lib/text/width';
import { english, type Locale } from '$lib/locale';
import { formatFigure } from '$lib/story/figures';
import type { Actor, Claim, Side } from '$lib/story/schema';

export const PREVIEW = { width: 1200, height: 630 } as const;

/** The light theme's side colours; SVG rendered outside a page cannot read CSS. */
const SIDE_COLOURS = SIDE_PALETTE.light;

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
	/** The story's locale, for its numbers and words. */
	locale?: Locale;
}

/** One line of text on the image, where it is and how wide it is estimated to be. */
export interface PreviewText {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	anchor: 'start' | 'end';
	/** Estimated width, with the face's factor. */
	width: number;
}

const MARGIN = 60;
/** Room for the title, set in DejaVu Serif Bold but measured with the sans's bold widths (the two
 * are within 2 % of each other on the story's titles). */
const SERIF = 1.08;

/**
 * The image laid out: every line of text, measured as it is placed, so none runs off the image
 * or over another. Rows of figures fill what height is left, as many as fit.
 */
export function previewLayout({
	site,
	title,
	subtitle,
	claims,
	actors,
	sides,
	locale = english
}: PreviewInput) {
	const { width, height } = PREVIEW;
	const span = width - 2 * MARGIN;
	const texts: PreviewText[] = [];
	const line = (
		text: string,
		y: number,
		size: number,
		scale = 1,
		x = MARGIN,
		anchor: 'start' | 'end' = 'start'
	) => {
		const t = { text, x, y, size, anchor, width: Math.ceil(textWidth(text, size) * scale) };
		texts.push(t);
		return t;
	};
	const siteLines = wrapToWidth(site, 26, span, 2);
	siteLines.forEach((l, i) => line(l, 80 + i * 32, 26));
	let y = 80 + (siteLines.length - 1) * 32 + 70;
	const titleLines = wrapToWidth(title, 56, span, 2, SERIF);
	titleLines.forEach((l, i) => line(l, y + i * 64, 56, SERIF));
	y += (titleLines.length - 1) * 64 + 50;
	const subLines = wrapToWidth(subtitle, 26, span, 2);
	subLines.forEach((l, i) => line(l, y + i * 32, 26));
	y += (subLines.length - 1) * 32;
	const { kind, rows: all } = previewRowsOf(claims);
	const rowHeight = 88;
	const room = Math.max(0, Math.floor((height - 24 - (y + 20)) / rowHeight));
	const rows = all.slice(0, Math.min(4, room));
	const max = Math.max(1, ...rows.map((r) => r.high)) * 1.1;
	const at = (v: number) => MARGIN + (v / max) * span;
	const shapes: string[] = [];
	rows.forEach((row, i) => {
		const top = y + 60 + i * rowHeight;
		const actor = actors.get(row.actor);
		const side = actor ? sides.findIndex((s) => s.id === actor.side) : -1;
		const colour = SIDE_COLOURS[side < 0 ? 4 : side % SIDE_COLOURS.length];
		const figures = line(
			row.claims.map((c) => formatFigure(c, locale)).join(' · '),
			top,
			24,
			1.05,
			MARGIN + span,
			'end'
		);
		// The row's label takes what the figures leave, cut with an ellipsis where it must be.
		const room = span - figures.width - 24;
		const subject = rowSubject(row, actor, locale);
		line(textWidth(subject, 24) <= room ? subject : ellipsis(subject, 24, room), top, 24);
		shapes.push(
			`<line x1="${MARGIN}" x2="${MARGIN + span}" y1="${top + 30}" y2="${top + 30}" stroke="#d6d3cc" stroke-width="2"/>`,
			`<rect x="${at(row.low)}" y="${top + 20}" width="${Math.max(4, at(row.high) - at(row.low))}" height="20" rx="10" fill="${colour}" fill-opacity="0.3"/>`,
			...row.claims.map(
				(c) => `<circle cx="${at(c.high ?? c.low)}" cy="${top + 30}" r="12" fill="${colour}"/>`
			)
		);
	});
	return {
		kind: rows.length === 0 ? ('title' as const) : kind,
		texts,
		shapes,
		siteLines,
		titleLines
	};
}

/** The preview as SVG: site, title, subtitle and up to four rows of figures. */
export function previewSvg(input: PreviewInput): string {
	const { width, height } = PREVIEW;
	const { texts, shapes, siteLines, titleLines } = previewLayout(input);
	const style = (t: PreviewText, i: number) => {
		if (i < siteLines.length) return `font-family="${FACE}" font-weight="bold" fill="#8a3b12"`;
		if (i < siteLines.length + titleLines.length)
			return 'font-family="DejaVu Serif" font-weight="bold" fill="#1b1b1b"';
		if (t.anchor === 'end') return `font-family="${FACE}" font-weight="bold" fill="#1b1b1b"`;
		return `font-family="${FACE}" fill="${t.size === 26 ? '#4a4a4a' : '#1b1b1b'}"`;
	};
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" fill="#fbfaf7"/>`,
		`<rect width="100%" height="10" fill="#8a3b12"/>`,
		...texts.map(
			(t, i) =>
				`<text x="${t.x}" y="${t.y}"${t.anchor === 'end' ? ' text-anchor="end"' : ''} font-size="${t.size}" ${style(t, i)}>${escape(t.text)}</text>`
		),
		...shapes,
		'</svg>'
	].join('\n');
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
			defaultFontFamily: FACE
		}
	});
	return resvg.render().asPng();
}
