/**
 * Bundles the embed's script (src/lib/embed/entry.ts) into one small inline script, and gives
 * its CSP hash, so embed pages need neither SvelteKit's runtime nor a request of their own.
 * Used by svelte.config.js (the hash) and vite.config.ts (the code).
 */
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';

/** @type {{ code: string, hash: string } | undefined} */
let cached;

/** @returns {{ code: string, hash: string }} */
export function embedScript() {
	if (cached) return cached;
	const result = buildSync({
		entryPoints: ['src/lib/embed/entry.ts'],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		write: false
	});
	const code = (result.outputFiles?.[0]?.text ?? '').trim();
	if (!code || code.includes('</script'))
		throw new Error('the embed script did not bundle cleanly');
	cached = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
	return cached;
}
