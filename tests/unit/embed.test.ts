import { describe, expect, it } from 'vitest';
import {
	ampHeight,
	datawrapperHeight,
	embedSnippet,
	parentWidth,
	pymHeight
} from '../../src/lib/embed/messages';

describe('height messages', () => {
	it('speaks pym', () =>
		expect(pymHeight('qalamoun-arsal', 1234.2)).toBe('pymxPYMxqalamoun-arsalxPYMxheightxPYMx1235'));
	it('speaks Datawrapper', () =>
		expect(JSON.stringify(datawrapperHeight('arsal', 800))).toBe(
			'{"datawrapper-height":{"arsal":800}}'
		));
	it('speaks AMP', () =>
		expect(ampHeight(640.5)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 641 }));
});

describe('parentWidth', () => {
	it('accepts pym’s width message for this child', () =>
		expect(parentWidth('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toBe(640));
	it.each([
		['another child', 'pymxPYMxc2xPYMxwidthxPYMx640'],
		['another command', 'pymxPYMxc1xPYMxnavigateToxPYMxhttps://evil.example'],
		['a bad width', 'pymxPYMxc1xPYMxwidthxPYMxNaN'],
		['an object', { type: 'scroll', y: 100 }],
		['extra parts', 'pymxPYMxc1xPYMxwidthxPYMx640xPYMxmore']
	])('ignores %s', (_name, data) => expect(parentWidth(data, 'c1')).toBeUndefined());
	it('ignores everything without a child id', () =>
		expect(parentWidth('pymxPYMxc1xPYMxwidthxPYMx640', null)).toBeUndefined());
});

describe('embedSnippet', () => {
	it('is a plain iframe that pym’s loader can take over', () => {
		const snippet = embedSnippet(
			'https://example.org/embed/arsal/',
			'Battle of "Arsal"',
			'q-arsal',
			2400
		);
		expect(snippet).toContain('data-pym-src="https://example.org/embed/arsal/"');
		expect(snippet).toContain('<iframe src="https://example.org/embed/arsal/"');
		expect(snippet).toContain('title="Battle of &quot;Arsal&quot;"');
		expect(snippet).toContain('height="2400"');
		expect(snippet).toContain('pym-loader.v1.min.js');
	});
});
