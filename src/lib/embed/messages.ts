/**
 * Height messages for host pages, in the three formats they already listen for: pym.js,
 * Datawrapper and AMP. Pure, so each format is tested as a host would read it.
 */

/** pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<px>`. */
export function pymHeight(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/** Datawrapper: `{"datawrapper-height": {"<slug>": px}}`. */
export function datawrapperHeight(
	slug: string,
	height: number
): { 'datawrapper-height': Record<string, number> } {
	return { 'datawrapper-height': { [slug]: Math.ceil(height) } };
}

/** AMP: `{"sentinel":"amp","type":"embed-size","height":px}`. */
export function ampHeight(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
	return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/**
 * Reads a message from the parent. The only command an embed accepts is pym's `width` (sent
 * when the host resizes); anything else is ignored.
 */
export function parentWidth(data: unknown, childId: string | null): number | undefined {
	if (typeof data !== 'string' || childId === null) return undefined;
	const parts = data.split('xPYMx');
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width')
		return undefined;
	const width = Number(parts[3]);
	return Number.isFinite(width) && width > 0 ? width : undefined;
}

/** The snippet a publisher pastes: a plain iframe at a sensible height, which pym's loader sizes. */
export function embedSnippet(embedUrl: string, title: string, id: string, height: number): string {
	return [
		`<div id="${id}" data-pym-src="${embedUrl}">`,
		`<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
		`</div>`,
		`<script src="https://pym.nprapps.org/pym-loader.v1.min.js"></script>`
	].join('\n');
}

/** A first height for the iframe before the embed reports its own: roughly a phone's layout. */
export function initialEmbedHeight(steps: number): number {
	return 360 + 620 * steps;
}

/** Where a chapter's embed lives, and the id its container gets in the host page. */
export function embedTarget(siteUrl: string, slug: string): { url: string; id: string } {
	return { url: `${siteUrl}/embed/${slug}/`, id: `embed-${slug}` };
}
