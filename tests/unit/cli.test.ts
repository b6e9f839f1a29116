/**
 * The writer's side of validation: `npm run validate` and `npm run build` refuse a bad story with
 * `<path>: <reason>` lines, no stack trace, and nothing written to the build folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import mini from '../fixtures/mini-story';

const dir = mkdtempSync(path.join(tmpdir(), 'qalamoun-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a story file holding `story` as plain data. */
function storyFile(name: string, body: string): string {
	const file = path.join(dir, name);
	writeFileSync(file, body);
	return file;
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		env: { ...process.env, ...env, npm_config_loglevel: 'silent' },
		timeout: 170_000
	});
	return { status: result.status, out: result.stdout, err: result.stderr };
}

const bad = structuredClone(mini);
bad.chapters[0]!.steps[0]!.text = '';
bad.claims[1]!.low = 500;
bad.claims[1]!.high = 400;
const badFile = storyFile('bad.ts', `export default ${JSON.stringify(bad)};\n`);

describe('npm run validate', { timeout: 60_000 }, () => {
	it('prints a one-line summary and exits 0 for a good story', () => {
		const good = storyFile('good.ts', `export default ${JSON.stringify(mini)};\n`);
		const { status, out } = run('npx', ['tsx', 'scripts/validate.ts', good]);
		expect(status).toBe(0);
		expect(out.trim()).toMatch(/: OK — 2 chapters, 6 steps, 5 claims, 2 sources$/);
	});

	it('prints every problem as <path>: <reason> and exits 1, without a stack trace', () => {
		const { status, err } = run('npx', ['tsx', 'scripts/validate.ts', badFile]);
		expect(status).toBe(1);
		expect(err).toContain('chapters[0] "The blockade" › steps[0] "Morning" › text: empty prose');
		expect(err).toContain('claims[1] (ferry-strength-mayor).low: low 500 is greater than high 400');
		expect(err).toMatch(/bad\.ts: 2 problems; fix them and run npm run validate again$/m);
		// Nothing is built by validate, so it must not say so.
		expect(err).not.toContain('nothing was built');
		expect(err).not.toMatch(/^\s+at /m);
	});

	it('says in one line why a story file does not load', () => {
		const broken = storyFile('broken.ts', 'export default {{ this is not a story\n');
		const { status, err } = run('npx', ['tsx', 'scripts/validate.ts', broken]);
		expect(status).toBe(1);
		expect(err).toMatch(/broken\.ts: the story file does not load: /);
		expect(err).not.toMatch(/^\s+at /m);
	});

	it('says so when there is no such file', () => {
		const { status, err } = run('npx', ['tsx', 'scripts/validate.ts', path.join(dir, 'nope.ts')]);
		expect(status).toBe(1);
		expect(err).toContain('no such story file');
	});
});

describe('npm run build with a bad story', { timeout: 60_000 }, () => {
	it('fails with the same messages before anything is written', () => {
		const out = path.join(dir, 'build');
		const { status, err } = run('npm', ['run', 'build'], {
			STORY: badFile,
			BUILD_DIR: out,
			KIT_OUT: '.svelte-kit-cli-test'
		});
		expect(status).not.toBe(0);
		expect(err).toContain('chapters[0] "The blockade" › steps[0] "Morning" › text: empty prose');
		expect(err).toMatch(/bad\.ts: 2 problems; nothing was built$/m);
		expect(existsSync(out)).toBe(false);
		expect(existsSync('.svelte-kit-cli-test')).toBe(false);
	});
});

describe('STORY=<file> npm run build', () => {
	it('builds another story into another piece, with nothing of this one in it', () => {
		const out = path.join(dir, 'other');
		const kit = '.svelte-kit-cli-other';
		try {
			const { status, err } = run('npm', ['run', 'build'], {
				STORY: 'tests/fixtures/mini-story.ts',
				BUILD_DIR: out,
				KIT_OUT: kit
			});
			expect(status, err).toBe(0);
			for (const page of [
				'index.html',
				'blockade/index.html',
				'truce/index.html',
				'embed/truce/index.html'
			]) {
				const html = readFileSync(path.join(out, page), 'utf8');
				expect(html).toContain('The Bridge at Millford');
				// Nothing of the default story leaks in from the site's own code.
				expect(html).not.toMatch(/Qalamoun|Arsal|Hezbollah/);
			}
			expect(existsSync(path.join(out, 'arsal'))).toBe(false);
		} finally {
			rmSync(kit, { recursive: true, force: true });
		}
	}, 180_000);
});

describe('npm run story:text', { timeout: 60_000 }, () => {
	it('prints the text in reading order, with headings in the story’s language', () => {
		const { status, out } = run('npx', [
			'tsx',
			'scripts/story-text.ts',
			'tests/fixtures/recit-fr.ts'
		]);
		expect(status).toBe(0);
		expect(out).toMatch(/^Chapitre 1 : /m);
		expect(out).toMatch(/^Précédemment : /m);
		expect(out).toMatch(/^1\. 3 octobre 2020 — /m);
		expect(out).not.toMatch(/\b(Chapter|Previously|Based on)\b/);
	});

	it('writes only the text to --out, even run through npm (whose banner stays on the terminal)', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'story-text-'));
		try {
			const file = path.join(dir, 'story.txt');
			const { status } = run('npm', [
				'run',
				'story:text',
				'--',
				'tests/fixtures/recit-fr.ts',
				`--out=${file}`
			]);
			expect(status).toBe(0);
			const text = readFileSync(file, 'utf8');
			expect(text).not.toMatch(/^>/m);
			expect(text).toMatch(/^Chapitre 1 : /m);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
