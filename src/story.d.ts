declare module '$story' {
	const story: unknown;
	export default story;
}
