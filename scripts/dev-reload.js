/**
 * `npm run dev` refreshes the open page when the story changes. The pages load no client
 * (`csr = false`), so Vite's own hot update never reaches them: in development the page gets
 * Vite's client (src/hooks.server.ts), and this plugin tells it to reload when the story file
 * changes, or restarts the server, rebuilding the inline scripts, when their source changes.
 */
import path from 'node:path';

/**
 * What a changed file calls for: `reload` (the story), `restart` (an inline script's source,
 * bundled once when Vite starts), or nothing.
 * @param {string} file absolute path of the changed file
 * @param {string} story absolute path of the story file being built
 * @returns {'reload' | 'restart' | undefined}
 */
export function reloadFor(file, story) {
	const f = path.resolve(file);
	if (f === path.resolve(story) || f.startsWith(path.resolve('stories') + path.sep))
		return 'reload';
	const scripts = ['src/lib/reader', 'src/lib/embed', 'src/lib/scrolly'].map(
		(d) => path.resolve(d) + path.sep
	);
	if (scripts.some((d) => f.startsWith(d))) return 'restart';
	return undefined;
}

/**
 * @param {string} story absolute path of the story file
 * @returns {import('vite').Plugin}
 */
export function devReload(story) {
	return {
		name: 'story-dev-reload',
		apply: 'serve',
		configureServer(server) {
			server.watcher.add(story);
			server.watcher.on('change', (file) => {
				const what = reloadFor(file, story);
				if (what === 'reload') {
					// The story is read once per module graph: drop it, then reload the page.
					for (const mod of server.moduleGraph.getModulesByFile(path.resolve(file)) ?? [])
						server.moduleGraph.invalidateModule(mod);
					server.ws.send({ type: 'full-reload' });
				} else if (what === 'restart') void server.restart();
			});
		}
	};
}
