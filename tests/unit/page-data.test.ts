/** The loads hand each page what it draws (src/lib/story/page-data.ts), never the whole story. */
import { describe, expect, it } from 'vitest';
import input from '../../stories/qalamoun';
import { validateStory } from '$lib/story';
import {
	chapterPageData,
	embedPageData,
	sourcesPageData,
	storyPageData
} from '$lib/story/page-data';
import { mapGeometry } from '$lib/map/geometry.server';

const result = validateStory(input);
if (!result.ok) throw new Error('the story is invalid');
const story = result.story;
const geometry = mapGeometry(story.map.bounds);

/** Every string in a value, Maps included. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
	if (typeof value === 'string') out.add(value);
	else if (value instanceof Map) for (const [k, v] of value) strings([k, v], out);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object')
		for (const v of Object.values(value)) strings(v, out);
	return out;
}

describe('page data', () => {
	for (const chapter of story.chapters) {
		const others = story.chapters.filter((c) => c.slug !== chapter.slug);
		const otherSteps = [story.opening, story.closing, ...others].flatMap((s) =>
			s.steps.map((st) => st.text)
		);
		it(`/${chapter.slug}/ and its embed carry its own steps and no other section's`, () => {
			for (const view of [
				chapterPageData(story, chapter.slug, geometry),
				embedPageData(story, chapter.slug, geometry)
			]) {
				const text = strings(view);
				expect(chapter.steps.every((s) => text.has(s.text))).toBe(true);
				expect(otherSteps.filter((t) => text.has(t))).toEqual([]);
				expect(view).not.toHaveProperty('story');
			}
		});
	}

	it('the whole piece carries every section; the sources page none of their steps', () => {
		const all = strings(storyPageData(story, geometry));
		expect(story.chapters.every((c) => c.steps.every((s) => all.has(s.text)))).toBe(true);
		const sources = strings(sourcesPageData(story));
		expect(story.chapters.flatMap((c) => c.steps).filter((s) => sources.has(s.text))).toEqual([]);
	});

	it('a chapter page names its neighbours by slug and title only', () => {
		const view = chapterPageData(story, story.chapters[1]!.slug, geometry);
		expect(Object.keys(view.around.previous ?? {})).toEqual(['slug', 'title']);
		expect(Object.keys(view.around.next ?? {})).toEqual(['slug', 'title']);
	});
});
