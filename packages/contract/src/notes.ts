import type { Note } from './define.js';

/** Points about the whole API (envelope, wire, types) rather than one method. */
export const globalNotes: Note[] = [];
