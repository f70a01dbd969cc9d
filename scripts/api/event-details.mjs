// The events' detail types as src/shared/events.ts declares them (the manifest names each event's
// detail type but not its fields), for the README's Events table; fails on a field without its doc
// comment, and on a DcwEventMap that lists other events than the widgets document.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const EVENTS_FILE = 'src/shared/events.ts';

/** Each interface's fields: name, type and doc comment. */
function interfacesOf(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const fields = statement.members.filter(ts.isPropertySignature).map((member) => ({
      name: member.name.getText(source),
      type: member.type?.getText(source) ?? '',
      doc: ts
        .getJSDocCommentsAndTags(member)
        .map((jsDoc) => ts.getTextOfJSDocComment(jsDoc.comment) ?? '')
        .join(' ')
        .trim(),
    }));
    interfaces.set(statement.name.text, fields);
  }
  return interfaces;
}

/**
 * Every event the widgets document (base first, then in registry order), each with its detail
 * type's fields.
 */
export function eventDetails({ base, elements }) {
  const interfaces = interfacesOf(EVENTS_FILE);
  const problems = [];
  const events = new Map();
  for (const decl of [base, ...elements.map((e) => e.decl)]) {
    for (const event of decl.events ?? []) {
      const detail = event.type.text.match(/^CustomEvent<(\w+)>$/)[1];
      if (events.has(event.name)) continue;
      const fields = interfaces.get(detail);
      if (!fields) problems.push(`${event.name}: ${detail} is not declared in ${EVENTS_FILE}`);
      for (const field of fields ?? []) {
        if (!field.doc) problems.push(`${detail}.${field.name} has no doc comment in ${EVENTS_FILE}`);
      }
      events.set(event.name, { name: event.name, detail, fields: fields ?? [] });
    }
  }
  // The map that types addEventListener must list exactly the documented events.
  const mapped = (interfaces.get('DcwEventMap') ?? []).map((f) => f.name.replace(/^'|'$/g, ''));
  for (const name of events.keys()) if (!mapped.includes(name)) problems.push(`DcwEventMap has no '${name}'`);
  for (const name of mapped)
    if (!events.has(name)) problems.push(`DcwEventMap lists '${name}', which no widget documents`);
  if (problems.length) throw new Error(`${EVENTS_FILE}: ${problems.join('\n  ')}`);
  return [...events.values()];
}
