/**
 * How the story's own figures and validation messages write a number ("1,500"): one formatter,
 * in English, the language of the messages; a locale table would choose it per `meta.language`.
 */
export const grouped = new Intl.NumberFormat('en-GB');
