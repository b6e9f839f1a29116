// Written as build/404.html, the page static hosts serve for an unknown URL.
export const trailingSlash = 'never';
