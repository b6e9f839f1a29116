import { fontHead } from '$lib/fonts/fonts.server';
import { story } from '$lib/server/story';
import { actorColoursCss } from '$lib/charts/colours';

/** Every page gets the site's @font-face rules, the one face its first screen needs, the actors'
 * colours, and the story's language, which picks the interface's words. */
export const load = async () => ({
	fonts: await fontHead(),
	colours: actorColoursCss(story.actors, story.sides),
	language: story.meta.language
});
