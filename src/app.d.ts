// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The embed's script, bundled at build time (scripts/embed-script.js). */
	const __EMBED_SCRIPT__: string;
}

export {};
