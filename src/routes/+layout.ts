export const prerender = true;
export const trailingSlash = 'always';
// No SvelteKit client on any page: each is prerendered HTML, brought to life by one small inline
// script of its own (scripts/inline-scripts.js), so a page's JS does not grow with the story.
export const csr = false;
