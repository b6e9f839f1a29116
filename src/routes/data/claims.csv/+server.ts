export const prerender = true;

import { story } from '$lib/server/story';
import { claimsCsv } from '$lib/story/csv';

export const GET = () =>
	new Response(claimsCsv(story), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
