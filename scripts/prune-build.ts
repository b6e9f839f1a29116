/**
 * Removes what the build writes but nothing reads: the `__data.json` files SvelteKit makes for
 * client-side navigation, with their precompressed copies. No page loads the client
 * (`csr = false`), so they would only be served as 95 KB copies of the story.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
let removed = 0;
const walk = (path: string) => {
	for (const name of readdirSync(path)) {
		const full = join(path, name);
		if (statSync(full).isDirectory()) walk(full);
		else if (/__data\.json(\.br|\.gz)?$/.test(name)) {
			rmSync(full);
			if (name.endsWith('.json')) removed++;
		}
	}
};
walk(dir);
console.log(`${dir}: removed ${removed} unused __data.json file${removed === 1 ? '' : 's'}`);
