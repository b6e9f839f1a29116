export const prerender = true;

import { json } from '@sveltejs/kit';
import { story } from '$lib/server/story';
import { storyForData } from '$lib/story';

export const GET = () => json(storyForData(story));
