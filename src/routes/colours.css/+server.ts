export const prerender = true;

import { story } from '$lib/server/story';
import { actorColoursCss } from '$lib/charts/colours';

export const GET = () =>
	new Response(actorColoursCss(story.actors, story.sides), {
		headers: { 'content-type': 'text/css; charset=utf-8' }
	});
