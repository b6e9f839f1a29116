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

/**
 * The snippet a publisher pastes: a plain iframe at the height the layout gives, which pym's
 * loader sizes and, with `data-pym-trackscroll`, tells where it is in the page.
 */
export function embedSnippet(
	embedUrl: string,
	title: string,
	id: string,
	height: number,
	trackscroll = false
): string {
	return [
		`<div id="${id}" data-pym-src="${embedUrl}"${trackscroll ? ' data-pym-trackscroll' : ''}>`,
		`<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
		`</div>`,
		`<script src="https://pym.nprapps.org/pym-loader.v1.min.js"></script>`
	].join('\n');
}

/** Where a chapter's embed (or one step's, `step` 1-based) lives, and its container's id. */
export function embedTarget(
	siteUrl: string,
	slug: string,
	step?: number
): { url: string; id: string } {
	return step === undefined
		? { url: `${siteUrl}/embed/${slug}/`, id: `embed-${slug}` }
		: { url: `${siteUrl}/embed/${slug}/${step}/`, id: `embed-${slug}-${step}` };
}

/**
 * Reads pym's `viewport-iframe-position` (sent by a parent with `data-pym-trackscroll`, on
 * scroll and resize): `<viewport width> <viewport height> <top> <left> <bottom> <right>` of the
 * frame in the host's viewport. Anything else, or another child's, is ignored.
 */
export function parentViewport(
	data: unknown,
	childId: string | null
): { width: number; height: number; top: number; bottom: number } | undefined {
	if (typeof data !== 'string' || childId === null) return undefined;
	const parts = data.split('xPYMx');
	if (
		parts.length !== 4 ||
		parts[0] !== 'pym' ||
		parts[1] !== childId ||
		parts[2] !== 'viewport-iframe-position'
	)
		return undefined;
	const n = (parts[3] ?? '').split(' ').map(Number);
	if (n.length !== 6 || !n.every(Number.isFinite) || n[0]! <= 0 || n[1]! <= 0) return undefined;
	return { width: n[0]!, height: n[1]!, top: n[2]!, bottom: n[4]! };
}

/** pym's request for the frame's place in the host's viewport, which any pym parent answers. */
export function askParentPosition(childId: string): string {
	return ['pym', childId, 'parentPositionInfo', ''].join('xPYMx');
}

/** pym's request that the host scroll so that `y` px down the frame is at its viewport's top. */
export function scrollParentTo(childId: string, y: number): string {
	return ['pym', childId, 'scrollToChildPos', String(Math.max(0, Math.round(y)))].join('xPYMx');
}
