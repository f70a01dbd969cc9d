// src/widget-attributes.generated.json from the manifest: each widget's attributes (name, type,
// default), in the registry's order, for the embed builder (demo/snippet.ts) and the robustness
// tests (test/embed/elements.ts), which run in the browser and cannot read the manifest.

export function attributeLists({ elements }) {
  const lists = Object.fromEntries(
    elements.map(({ widget, decl }) => [
      widget.tag,
      (decl.attributes ?? []).map((a) => ({ name: a.name, type: a.type.text, default: a.default })),
    ]),
  );
  return `${JSON.stringify(lists, null, 2)}\n`;
}
