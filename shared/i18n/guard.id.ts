/** Refusals at the boundary: unsafe text, numbers past any real bound, busy database, oversized imports. */
export const guardId = {
};
