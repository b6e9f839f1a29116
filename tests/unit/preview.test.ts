import { describe, expect, it } from 'vitest';
import {
	ellipsis,
	previewAlt,
	previewRowsOf,
	wrapToWidth
} from '../../src/lib/charts/preview-rows';
import { textWidth } from '../../src/lib/text/width';
import { localeOf } from '../../src/lib/locale';
import { PREVIEW, previewLayout } from '../../src/lib/server/preview';
import { indexStory } from '../../src/lib/story/derive';
import { clampText, shortTitleOf } from '../../src/lib/story/page';
import { validateStory, type Story } from '../../src/lib/story';
import { reloadFor } from '../../scripts/dev-reload.js';
import qalamoun from '../../stories/qalamoun';
import recit from '../fixtures/recit-fr';

const valid = (input: unknown): Story => {
	const result = validateStory(input);
	if (!result.ok) throw new Error(result.problems.map((p) => p.reason).join('\n'));
	return result.story;
};

const stories = { qalamoun: valid(qalamoun), recit: valid(recit) };

describe('wrapping to a width', () => {
	it('keeps every line within the width and marks a cut with an ellipsis', () => {
		const text =
			'Le long siège du col de l’Épine-Blanche, entre les neiges précoces et les convois manqués';
		const lines = wrapToWidth(text, 56, 1080, 2);
		expect(lines).toHaveLength(2);
		for (const l of lines) expect(textWidth(l, 56)).toBeLessThanOrEqual(1080);
		expect(lines[1]).toMatch(/…$/);
		expect(wrapToWidth('Short title', 56, 1080, 2)).toEqual(['Short title']);
	});

	it('cuts a single word too long for the line', () => {
		const [line] = wrapToWidth('Anticonstitutionnellement'.repeat(4), 56, 600, 1);
		expect(textWidth(line!, 56)).toBeLessThanOrEqual(600);
		expect(line).toMatch(/…$/);
		expect(ellipsis('abcdef', 10, 1000)).toBe('abcdef…');
	});
});

describe('share images', () => {
	for (const [name, story] of Object.entries(stories)) {
		const { actors } = indexStory(story);
		const locale = localeOf(story.meta.language);
		const images = [
			{ slug: 'index', title: story.meta.title, subtitle: story.meta.dek, claims: story.claims },
			...story.chapters.map((c) => ({
				slug: c.slug,
				title: c.title,
				subtitle: locale.date(c.period),
				claims: story.claims.filter((k) => k.chapter === c.slug)
			}))
		];
		for (const image of images)
			it(`${name} ${image.slug}: every line of text lies inside the image, none over another`, () => {
				const { texts } = previewLayout({
					site: story.meta.title,
					...image,
					actors,
					sides: story.sides,
					locale
				});
				const boxes = texts.map((t) => {
					const left = t.anchor === 'end' ? t.x - t.width : t.x;
					return {
						t,
						left,
						right: left + t.width,
						top: t.y - t.size * 0.76,
						bottom: t.y + t.size * 0.24
					};
				});
				for (const b of boxes) {
					expect(b.left, b.t.text).toBeGreaterThanOrEqual(0);
					expect(b.right, b.t.text).toBeLessThanOrEqual(PREVIEW.width);
					expect(b.top, b.t.text).toBeGreaterThanOrEqual(0);
					expect(b.bottom, b.t.text).toBeLessThanOrEqual(PREVIEW.height);
				}
				for (const a of boxes)
					for (const b of boxes) {
						if (a === b) continue;
						const overlap =
							a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
						expect(overlap, `${a.t.text} / ${b.t.text}`).toBe(false);
					}
			});
	}

	it('a chapter with only strength figures draws its forces, and says so', () => {
		const story = stories.recit;
		const claims = story.claims.filter((c) => c.chapter === 'hiver');
		expect(previewRowsOf(claims).kind).toBe('forces');
		const { actors } = indexStory(story);
		const { kind, texts } = previewLayout({
			site: story.meta.title,
			title: 'Hiver',
			subtitle: '',
			claims,
			actors,
			sides: story.sides
		});
		expect(kind).toBe('forces');
		expect(texts.some((t) => /2,300/.test(t.text))).toBe(true);
		const words = localeOf('fr').words;
		expect(previewAlt('Hiver', claims, words)).toBe(
			'Hiver : les forces en présence, selon les sources'
		);
		expect(previewAlt('Attente', [], words)).not.toMatch(/contestés/);
		expect(
			previewAlt(
				'Col',
				story.claims.filter((c) => c.chapter === 'col'),
				words
			)
		).toMatch(/contestés/);
	});
});

describe('the chapter kicker', () => {
	it('cuts a long piece title at a word, with an ellipsis', () => {
		const cut = shortTitleOf(stories.recit.meta);
		expect(cut.length).toBeLessThanOrEqual(40);
		expect(cut).toMatch(/…$/);
		expect(shortTitleOf({ title: 'Short', shortTitle: undefined })).toBe('Short');
		expect(shortTitleOf({ title: 'A very long title indeed', shortTitle: 'Long' })).toBe('Long');
		expect(clampText('one two three four', 10)).toBe('one two…');
	});
});

describe('dev reload', () => {
	it('reloads for the story, restarts for the inline scripts, ignores the rest', () => {
		expect(reloadFor('stories/qalamoun.ts', 'stories/qalamoun.ts')).toBe('reload');
		expect(reloadFor('/tmp/copy.ts', '/tmp/copy.ts')).toBe('reload');
		expect(reloadFor('src/lib/reader/menu.ts', 'stories/qalamoun.ts')).toBe('restart');
		expect(reloadFor('src/lib/charts/text.ts', 'stories/qalamoun.ts')).toBeUndefined();
	});
});
