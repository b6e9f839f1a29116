/** How a place's name may be set on the map: in one line or two, or shortened. Widths are
 * measured by src/lib/text/width.ts, as every label's are. */

/** A name in one line, or two lines broken at the space nearest its middle when long. */
export function lineBreaks(name: string): string[][] {
	const words = name.split(' ');
	const options: string[][] = [[name]];
	if (words.length > 1) {
		let best = 1;
		for (let i = 1; i < words.length; i++) {
			const a = words.slice(0, i).join(' ').length;
			const b = words.slice(0, best).join(' ').length;
			if (Math.abs(a - name.length / 2) < Math.abs(b - name.length / 2)) best = i;
		}
		options.push([words.slice(0, best).join(' '), words.slice(best).join(' ')]);
	}
	return options;
}

/** A shorter form of a place name: what comes before any comma or bracket. */
export function shortName(name: string): string {
	return name.split(/[,(]/)[0]!.trim() || name;
}
