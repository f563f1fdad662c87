/**
 * An event as a listener added on element `T` receives it: `currentTarget` is that element (as is `this` in a
 * function listener), so `event.currentTarget.value` needs no cast. The elements' event maps and the React wrappers'
 * `on…` props use it.
 */
export type TargetedEvent<T extends EventTarget, E extends Event = Event> = E & { readonly currentTarget: T };
