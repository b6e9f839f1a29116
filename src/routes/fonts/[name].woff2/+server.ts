import { error } from '@sveltejs/kit';
import { webFonts } from '$lib/fonts/fonts.server';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await webFonts()).map((f) => ({ name: f.name }));

/** One subset web font (src/lib/fonts). */
export const GET = async ({ params }) => {
	const face = (await webFonts()).find((f) => f.name === params.name);
	if (!face) error(404, `There is no font called “${params.name}”.`);
	return new Response(face.bytes, { headers: { 'content-type': 'font/woff2' } });
};
