/** Small DOM helpers: writes only what changes, so observers and the renderer see real changes. */

export function setAttr(el: Element, name: string, value: string | null): void {
	if (value === null) {
		if (el.hasAttribute(name)) el.removeAttribute(name);
	} else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setFlag(el: Element, name: string, on: boolean): void {
	setAttr(el, name, String(on));
}

export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
	return [...root.querySelectorAll<T>(selector)];
}
