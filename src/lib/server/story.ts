/**
 * The story this build is made from (`$story`, chosen with `STORY=`), validated once. `npm run
 * build` validates before Vite runs, so a failure here means the file changed in between.
 */
import { error } from '@sveltejs/kit';
import raw from '$story';
import { formatProblem, validateStory, type Story } from '$lib/story';

function load(): Story {
	const result = validateStory(raw);
	if (!result.ok)
		throw new Error(`The story is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
	return result.story;
}

export const story: Story = load();

/** Every step of every chapter as route params, `n` counted from 1 (the step embeds, their oEmbed). */
export const stepEntries = () =>
	story.chapters.flatMap((c) => c.steps.map((_, i) => ({ slug: c.slug, n: String(i + 1) })));

/** The chapter and step position that `/<slug>/<n>` names, or a 404. */
export function stepOf(params: { slug: string; n: string }) {
	const chapter = story.chapters.find((c) => c.slug === params.slug);
	const n = Number(params.n);
	if (!chapter || !/^\d+$/.test(params.n) || n < 1 || n > chapter.steps.length)
		error(404, `There is no step “${params.n}” in “${params.slug}”.`);
	return { chapter, position: n - 1 };
}
