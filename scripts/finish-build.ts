/**
 * Finishes a build in `build/` (or the folder given): removes what the build writes but nothing
 * reads, and writes the compressed copies a host sends.
 *
 * - The `__data.json` files SvelteKit makes for client-side navigation go: no page loads the
 *   client (`csr = false`), so they would only be served as 95 KB copies of the story.
 * - Every file sent compressed (scripts/serve.ts: text, JSON, SVG) gets a brotli (`.br`) and a
 *   gzip (`.gz`) copy beside it, for hosts that send precompressed files (nginx's gzip_static
 *   and brotli_static, Caddy's `precompressed`, the preview server). Brotli's long window finds
 *   the markup a chapter repeats from step to step, which gzip's 32 KB window cannot. Quality
 *   10, not 11: within 3 % of the smallest file in a third of the time. (The benchmark's story
 *   of ten times the steps built in 78–93 s with these copies, 166 s with quality 11's.)
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from './serve';

const BROTLI_QUALITY = 10;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
let removed = 0;
const toCompress: string[] = [];
const walk = (path: string) => {
	for (const name of readdirSync(path)) {
		const full = join(path, name);
		if (statSync(full).isDirectory()) walk(full);
		else if (name.endsWith('__data.json')) {
			rmSync(full);
			removed++;
		} else if (isCompressible(full)) toCompress.push(full);
	}
};
walk(dir);

/** Both copies of one file; zlib's asynchronous calls run on its thread pool, side by side. */
async function compress(file: string) {
	const data = await readFile(file);
	const [br, gz] = await Promise.all([
		brotli(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}),
		gzipAsync(data, { level: 9 })
	]);
	await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}
await Promise.all(toCompress.map(compress));
console.log(
	`${dir}: removed ${removed} unused __data.json file${removed === 1 ? '' : 's'}; ` +
		`compressed copies of ${toCompress.length} files`
);
