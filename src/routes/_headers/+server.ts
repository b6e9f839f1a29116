/**
 * `/_headers`: the headers file Netlify and Cloudflare Pages read (see README, "Hosting"), with
 * one `frame-ancestors` for each page. Prerendered, so it is written as `build/_headers`.
 */
import { story } from '$lib/server/story';
import { headersFile, hostRules } from '$lib/server/host-headers';

export const prerender = true;

/** Every HTML page of the site except the embeds. */
const pages = () => ['/', ...story.chapters.map((c) => `/${c.slug}/`), '/sources/', '/404.html'];

export const GET = () =>
	new Response(headersFile(hostRules(pages())), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
