// The id of the report language, as package.json declares it.
export const LANGUAGE = 'xxgk-report';
