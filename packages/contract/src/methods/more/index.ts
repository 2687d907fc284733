/** The More group, in the documentation's order. */
export const more = [] as const;
