/** The loads hand each page what it draws (src/lib/story/page-data.ts), never the whole story. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import input from '../../stories/qalamoun';
import { validateStory } from '$lib/story';
import { claimsNamed, forcesOf } from '$lib/charts/section-graphics';
import Citations from '$lib/charts/Citations.svelte';
import StorySection from '$lib/components/StorySection.svelte';
import { indexStory } from '$lib/story/derive';
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

	for (const chapter of story.chapters) {
		const view = chapterPageData(story, chapter.slug, geometry);
		const { index } = view.sections;
		const named = new Set(claimsNamed(chapter));
		const forces = new Set(forcesOf(chapter, story.claims).map((c) => c.id));

		it(`/${chapter.slug}/ looks up only what it draws: no claim, place or source of elsewhere`, () => {
			const foreign = [...index.claims.values()].filter(
				(c) => c.chapter !== chapter.slug && !named.has(c.id) && !forces.has(c.id)
			);
			expect(foreign.map((c) => c.id)).toEqual([]);
			expect(view.sections.claims.map((c) => c.id)).toEqual([...index.claims.keys()]);
			const places = new Set([...story.map.anchors, ...chapter.steps.flatMap((s) => s.places)]);
			expect([...index.places.keys()].filter((id) => !places.has(id))).toEqual([]);
			const cited = new Set([
				...chapter.steps.flatMap((s) => s.sources),
				...[...index.claims.values()].flatMap((c) => c.sources)
			]);
			expect([...index.sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
			const actors = new Set([
				...[...index.claims.values()].map((c) => c.actor),
				...chapter.steps.flatMap((s) => s.actors)
			]);
			const claimants = new Set([...index.claims.values()].map((c) => c.claimant));
			expect([...index.claimants.keys()].filter((id) => !claimants.has(id))).toEqual([]);
			// Actors beyond its claims' and steps' are those its text names (they link to the glossary).
			const text = chapter.steps.map((s) => s.text).join('\n');
			for (const actor of index.actors.values())
				if (!actors.has(actor.id))
					expect([actor.name, actor.shortName].some((n) => text.includes(n))).toBe(true);
			expect(index.claims.size).toBeLessThan(story.claims.length);
		});

		it(`/${chapter.slug}/ draws the same from its own lookups as from the whole story’s`, () => {
			const whole = indexStory(story);
			const section = (lookups: typeof index) =>
				render(StorySection, {
					props: { section: chapter, ...view.sections, index: lookups, level: 1 }
				}).body;
			expect(section(index)).toBe(section(whole));
			const citations = (lookups: typeof index) =>
				render(Citations, { props: { claims: view.citations.claims, index: lookups } }).body;
			expect(citations(view.citations.index)).toBe(citations(whole));
		});
	}
});
