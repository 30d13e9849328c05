/** Lets the event loop run what waits (a keystroke, a hover, a message) before going on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
