// `server-only` throws wherever React's server condition is absent, as in Vitest; a slice's tests
// exercise server modules directly, so the preset points that import here.
export {};
