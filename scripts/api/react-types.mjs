// src/react.ts from the manifest: JSX types for React 19 with each widget's attributes (their
// documented types) and an `ondcw-…` handler per event (React 19 adds a listener for `on` + the
// event's own name on a custom element).

const HEADER = `// Generated from custom-elements.json by \`npm run docs\` (scripts/api/react-types.mjs); \`npm run docs:check\`
// fails when it differs. Change the elements' JSDoc, not this file.`;

/** An attribute's JSX type: a number may also be written as a string (`pay="4000"`). */
const jsxType = (type) => (type === 'number' ? 'number | string' : type);
const key = (name) => (/^[a-z][a-zA-Z0-9]*$/.test(name) ? name : `'${name}'`);
const doc = (text) => (text ? `  /** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const detailType = (event) => event.type.text.match(/^CustomEvent<(\w+)>$/)[1];

/** The JSX props of a declaration's own attributes and events (`inherited`: the base's too). */
function props(decl, { inherited }) {
  const own = (item) => inherited || !item.inheritedFrom;
  const attributes = (decl.attributes ?? [])
    .filter(own)
    .map((a) => `${doc(a.description)}  ${key(a.name)}?: ${jsxType(a.type.text)};`);
  const events = (decl.events ?? [])
    .filter(own)
    .map((e) => `${doc(e.description)}  ${key(`on${e.name}`)}?: (event: CustomEvent<${detailType(e)}>) => void;`);
  return [...attributes, ...events].join('\n');
}

export function reactTypes({ base, elements }) {
  const details = [
    ...new Set([base, ...elements.map((e) => e.decl)].flatMap((d) => (d.events ?? []).map(detailType))),
  ].sort();
  const interfaces = elements.map(
    ({ widget, decl }) =>
      `/** \`<${widget.tag}>\`'s own attributes and events. */\nexport interface ${widget.class}Props {\n${props(decl, { inherited: false })}\n}`,
  );
  const tags = elements.map(({ widget }) => `      '${widget.tag}': WidgetProps<${widget.class}Props>;`);
  return `${HEADER}

/**
 * JSX types for React 19 users: \`import type {} from 'dev-career-widgets/react';\` once (or add it
 * to \`types\`), and \`<dcw-salary-calculator role-id="backend" />\` typechecks in a .tsx file.
 * Types only: importing it registers nothing and ships no code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${details.join(', ')} } from './shared/events.js';

/** What every widget accepts, besides the usual HTML attributes. */
export interface CommonProps {
${props(base, { inherited: true })}
}

type WidgetProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & CommonProps & Props;

${interfaces.join('\n\n')}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${tags.join('\n')}
    }
  }
}
`;
}
