/** Injection tokens for infrastructure providers. */
export const API_CONFIG = Symbol('API_CONFIG');
export const DATABASE = Symbol('DATABASE');
