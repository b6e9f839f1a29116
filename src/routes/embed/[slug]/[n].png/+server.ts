import { error } from '@sveltejs/kit';
import { sectionGraphicsOf } from '$lib/charts/section-graphics';
import { stepImagesOf } from '$lib/embed/snippet';
import { chapterMapOf } from '$lib/map/chapter-map';
import { localeOf } from '$lib/locale';
import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';
import { lightColours, stepImagePng, stepImageSvg } from '$lib/server/step-image';
import { indexStory } from '$lib/story/derive';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** One image per step that has a graphic, `n` counted from 1. */
export const entries: EntryGenerator = () =>
	story.chapters.flatMap((c) =>
		stepImagesOf(story, c).map((s) => ({ slug: c.slug, n: String(s.n) }))
	);

/** A step's graphic as a PNG, for hosts that cannot run an iframe. */
export const GET = ({ params }) => {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	const image = chapter && stepImagesOf(story, chapter).find((s) => String(s.n) === params.n);
	if (!chapter || !image) error(404, 'No such image');
	const index = indexStory(story);
	const locale = localeOf(story.meta.language);
	const shows = sectionGraphicsOf(chapter, index, { words: locale }).steps[image.n - 1]!;
	const graphic =
		shows.kind === 'chart'
			? { kind: 'chart' as const, chart: shows.chart }
			: {
					kind: 'map' as const,
					map: chapterMapOf(chapter, index, story.map, mapGeometry(story.map.bounds), locale),
					step: image.n - 1
				};
	const { svg, width } = stepImageSvg({
		graphic,
		headline: image.headline,
		credit: image.credit,
		colours: lightColours(story.actors, story.sides)
	});
	return new Response(stepImagePng(svg, width) as BodyInit, {
		headers: { 'content-type': 'image/png' }
	});
};
