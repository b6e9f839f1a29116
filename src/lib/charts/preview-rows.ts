/**
 * What a share image draws, and so what its alt text may say: the disputed figures where there
 * are any, else the plain figures, else the forces (strength), else the title alone.
 */
import type { Words } from '../locale/words';
import type { Claim, Story } from '../story/schema';
import { disputedRows, rowsOf, type ClaimRow } from './rows';
import { textWidth } from '../text/width';

export type PreviewKind = 'disputed' | 'figures' | 'forces' | 'title';

/** The rows of a share image and what kind of figures they are. */
export function previewRowsOf(claims: Claim[]): { kind: PreviewKind; rows: ClaimRow[] } {
	const people = claims.filter((c) => c.unit === 'people' && c.measure !== 'strength');
	const disputed = disputedRows(people);
	if (disputed.length > 0) return { kind: 'disputed', rows: disputed };
	const plain = rowsOf(people);
	if (plain.length > 0) return { kind: 'figures', rows: plain };
	const forces = rowsOf(claims.filter((c) => c.unit === 'people' && c.measure === 'strength'));
	if (forces.length > 0) return { kind: 'forces', rows: forces };
	return { kind: 'title', rows: [] };
}

/**
 * Text broken into at most `lines` lines no wider than `width` at `size`, by the estimate of
 * text/width.ts; the last line ends in an ellipsis when words were left out. `scale` widens the
 * estimate for a face wider than the one it measures (a serif).
 */
export function wrapToWidth(
	text: string,
	size: number,
	width: number,
	lines: number,
	scale = 1
): string[] {
	const fits = (t: string) => textWidth(t, size) * scale <= width;
	const out: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter(Boolean);
	let i = 0;
	for (; i < words.length; i++) {
		const word = words[i]!;
		const next = line ? `${line} ${word}` : word;
		if (fits(next)) {
			line = next;
			continue;
		}
		if (line) out.push(line);
		if (out.length === lines) break;
		line = word;
	}
	if (out.length < lines && line) {
		out.push(line);
		i = words.length;
	}
	if (i < words.length || out.some((l) => !fits(l))) {
		const last = out.length - 1;
		out[last] = ellipsis(out[last] ?? '', size, width, scale);
	}
	return out;
}

/** A line cut, with an ellipsis, until it fits `width` at `size`. */
export function ellipsis(text: string, size: number, width: number, scale = 1): string {
	let cut = text;
	const fits = (t: string) => textWidth(t, size) * scale <= width;
	while (cut.length > 0 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
	return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The share image's alt text: what it shows, never "disputed" where nothing is. */
export function previewAlt(title: string, claims: Claim[], words: Words): string {
	const { kind } = previewRowsOf(claims);
	if (kind === 'disputed') return words.imageAltFigures(title);
	if (kind === 'figures') return words.imageAltPlain(title);
	if (kind === 'forces') return words.imageAltForces(title);
	return words.imageAltTitle(title);
}

/** The claims a share image draws from: a chapter's own, or the whole story's. */
export function previewClaims(story: Pick<Story, 'claims'>, slug?: string): Claim[] {
	return slug ? story.claims.filter((c) => c.chapter === slug) : story.claims;
}
