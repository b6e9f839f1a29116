// No framework runtime in an embed: it is static HTML plus one small script (see +page.svelte).
export const csr = false;
