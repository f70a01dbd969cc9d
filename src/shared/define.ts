/**
 * Registers a tag unless it is already registered, so loading the script twice (or the bundle
 * next to a per-element entry) does no harm. Any other registration error still surfaces.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
