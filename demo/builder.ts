/**
 * The embed builder (demo/index.html): the form is plain HTML; this fills its choices from the
 * bundled dataset, reads it into a SnippetState on every change, and shows the snippet (script
 * only, or prerendered by the dev server: prerendered-snippets.ts) and a live preview rendered from
 * the very same markup (see snippet.ts).
 */
import data from '../src/shared/dataset/dataset.json';
import {
  ATTRIBUTES,
  BOOLEAN_ATTRIBUTES,
  CSS_PROPERTIES,
  DEFAULTS,
  TAGS,
  buildSnippet,
  embedMarkup,
  type SnippetKind,
  type SnippetState,
  type WidgetTag,
} from './snippet.js';
import { PrerenderedSnippets } from './prerendered-snippets.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const snippetKind = document.querySelector<HTMLFieldSetElement>('#snippet-kind')!;
const roleColumns = [...form.querySelectorAll<HTMLSelectElement>('select[data-roles]')];
const highlight = form.querySelector<HTMLSelectElement>('#cmp-highlight')!;
const checklistRole = form.querySelector<HTMLSelectElement>('#chk-role')!;
const accent = form.querySelector<HTMLInputElement>('#css-accent')!;
const accentPicker = form.querySelector<HTMLInputElement>('#css-accent-picker')!;
const accentError = form.querySelector<HTMLElement>('#css-accent-error')!;

const roleName = new Map(data.roles.map((r) => [r.id, r.name]));
const rolesWithSkills = data.roles.filter((r) => data.skills.some((s) => s.role === r.id));

function option(value: string, text: string, selected = false): HTMLOptionElement {
  return new Option(text, value, selected, selected);
}

function checkbox(name: string, value: string, text: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'choice';
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
  label.append(input, ` ${text}`);
  return label;
}

// Choices from the dataset.
const region = form.querySelector<HTMLSelectElement>('#f-region')!;
for (const r of data.regions) {
  const isDefault = r.id === data.defaultRegion;
  region.append(option(r.id, isDefault ? `${r.name} (default)` : r.name, isDefault));
}
const defaultRole = DEFAULTS['dcw-salary-calculator']['role-id'];
for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-role-options]')) {
  const roles = select.dataset.roleOptions === 'skills' ? rolesWithSkills : data.roles;
  for (const r of roles)
    select.append(option(r.id, r.id === defaultRole ? `${r.name} (default)` : r.name, r.id === defaultRole));
}
// Columns 1 and 2 start as the element's default pair (front end, back end); column 3 as none.
const defaultPair = DEFAULTS['dcw-role-comparison'].roles!.split(' ');
roleColumns.forEach((select, i) => {
  const preset = defaultPair[i];
  for (const r of data.roles) select.append(option(r.id, r.name, r.id === preset));
});
form.querySelector('#cmp-dimensions')!.append(...data.dimensions.map((d) => checkbox('dimensions', d.id, d.name)));

/** Picking a role another column shows swaps the two: every column keeps a different role. */
let columnValues = roleColumns.map((s) => s.value);
roleColumns.forEach((select, i) =>
  select.addEventListener('change', () => {
    for (const other of roleColumns) {
      if (other === select || other.value !== select.value) continue;
      const unused = data.roles.find((r) => !roleColumns.some((s) => s.value === r.id))?.id;
      const replacement = columnValues[i] || unused;
      if (replacement) other.value = replacement;
      else select.value = columnValues[i]!;
    }
    columnValues = roleColumns.map((s) => s.value);
  }),
);

/** Only roles shown can be emphasised. */
function syncHighlight(): void {
  const shown = roleColumns.map((s) => s.value).filter(Boolean);
  const current = highlight.value;
  highlight.replaceChildren(
    option('', 'No role'),
    ...shown.map((id) => option(id, roleName.get(id) ?? id, id === current)),
  );
}

/** The category checkboxes follow the checklist's role. */
let categoriesRole = '';
function syncCategories(): void {
  if (categoriesRole === checklistRole.value) return;
  categoriesRole = checklistRole.value;
  const categories = data.skills.filter((s) => s.role === categoriesRole);
  form
    .querySelector('#chk-categories')!
    .replaceChildren(...categories.map((c) => checkbox('categories', c.id, c.name)));
  form.querySelector<HTMLInputElement>('#chk-storage')!.placeholder = `dcw-skills:${categoriesRole}`;
}

function selectedTag(): WidgetTag {
  const value = new FormData(form).get('tag');
  return TAGS.find((t) => t === value) ?? TAGS[0];
}

/** Shows the chosen element's settings; the others are disabled, so FormData leaves them out. */
function showSettingsFor(tag: WidgetTag): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-tag]')) {
    const on = fieldset.dataset.tag === tag;
    fieldset.hidden = !on;
    fieldset.disabled = !on;
  }
  // The shared controls (language, theme, region) show only for an element that reads that attribute.
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    'fieldset:not([data-tag]) > .field > [name]:not([name^="--"])',
  )) {
    const on = ATTRIBUTES[tag].includes(control.name);
    control.closest<HTMLElement>('.field')!.hidden = !on;
    control.disabled = !on;
  }
}

/** Space-separated ids, each once; every box of a group ticked means the same as none: all. */
function listValue(name: string, values: string[]): string {
  const boxes = form.querySelectorAll(`input[type="checkbox"][name="${name}"]:enabled`);
  if (boxes.length > 1 && values.length === boxes.length) return '';
  return [...new Set(values.filter(Boolean))].join(' ');
}

function readState(): SnippetState {
  const tag = selectedTag();
  const fields = new FormData(form);
  const attributes: SnippetState['attributes'] = {};
  for (const name of ATTRIBUTES[tag]) {
    attributes[name] = BOOLEAN_ATTRIBUTES.has(name)
      ? fields.has(name)
      : listValue(name, fields.getAll(name).map(String));
  }
  const styles: SnippetState['styles'] = {};
  for (const property of CSS_PROPERTIES) {
    const input = form.querySelector<HTMLInputElement>(`[name="${property}"]`)!;
    const value = input.value.trim();
    styles[property] = value && input.dataset.unit && Number(value) !== 0 ? `${value}${input.dataset.unit}` : value;
  }
  // A colour the browser cannot read would unset the accent rather than keep the default: leave it out.
  const accentOk = !styles['--dcw-accent-color'] || CSS.supports('color', styles['--dcw-accent-color']);
  if (!accentOk) styles['--dcw-accent-color'] = '';
  accent.setAttribute('aria-invalid', String(!accentOk));
  accentError.hidden = accentOk;
  return { tag, attributes, styles };
}

function showSnippet(text: string): void {
  if (text === snippet.value) return;
  snippet.value = text;
  // A new snippet clears the copy status, so it never speaks of an older one.
  copyStatus.textContent = '';
}

const prerendered = new PrerenderedSnippets(showSnippet, document.querySelector<HTMLElement>('#prerender-status')!);

function chosenKind(): SnippetKind {
  return snippetKind.querySelector<HTMLInputElement>('input:checked')?.value === 'prerendered'
    ? 'prerendered'
    : 'script';
}

let shownMarkup = '';
function update(): void {
  const tag = selectedTag();
  showSettingsFor(tag);
  syncHighlight();
  syncCategories();
  const state = readState();
  if (chosenKind() === 'prerendered') prerendered.update(state);
  else {
    prerendered.stop();
    showSnippet(buildSnippet(state));
  }
  // The preview is the script-only markup, also with the prerendered snippet: innerHTML builds no
  // declarative shadow root (only the parser or setHTMLUnsafe does), and the widgets are defined on
  // this page, so the prerendered markup would upgrade at once into this very widget.
  const markup = embedMarkup(state);
  if (markup !== shownMarkup) {
    shownMarkup = markup;
    preview.innerHTML = markup;
  }
}

// The picker fills the text field (the value used); its event then reaches the form's listener.
accentPicker.addEventListener('input', () => {
  accent.value = accentPicker.value;
});
accent.addEventListener('input', () => {
  if (/^#[0-9a-f]{6}$/i.test(accent.value.trim())) accentPicker.value = accent.value.trim();
});

copyButton.addEventListener('click', async () => {
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard access (older browser, permissions, an insecure page): select it for the reader.
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Could not copy by itself: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);
// The snippet choice sits beside the code, outside the settings form.
snippetKind.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
update();
