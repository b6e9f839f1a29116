import { fontHead } from '$lib/fonts/fonts.server';

/** Every page gets the site's @font-face rules and the one face its first screen needs. */
export const load = async () => ({ fonts: await fontHead() });
