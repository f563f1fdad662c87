/** Ends the current task: the page may paint and handle input before the next piece of work. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
