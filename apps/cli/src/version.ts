import { ENGINE_VERSION } from '@kordon/engine';

/** The CLI's version; it ships with the engine of the same version. */
export const CLI_VERSION = ENGINE_VERSION;

export const INFORMATION_URI = 'https://kordon.dev';
