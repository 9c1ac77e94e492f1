/**
 * The core only defines. Loading one of its modules declares functions, types and constants and
 * does nothing else: no statement runs for its effect, no import is there for one, and no code
 * reaches for the browser's or Node's globals. The client build counts on it (astro.config.mjs,
 * `moduleSideEffects`): a page loads a core module only when it uses one of its exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const GLOBALS = new Set(['window', 'document', 'globalThis', 'self', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'console', 'process', 'setTimeout', 'setInterval', 'queueMicrotask', 'postMessage']);

/** What loading a module does besides defining, each as "file:line: what". */
export function loadEffects(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const defines = (s: ts.Statement) =>
    ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isFunctionDeclaration(s) || ts.isVariableStatement(s) ||
    ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s);
  const out = source.statements.flatMap((s) => {
    if (ts.isImportDeclaration(s) && !s.importClause) return [`${at(s)}: imports a module for its effects`];
    return defines(s) ? [] : [`${at(s)}: runs a statement on load`];
  });
  const visit = (node: ts.Node): void => {
    // A global by its own name, not a property or a key that happens to share it ({ location: … }, x.console).
    const named = ts.isIdentifier(node) && GLOBALS.has(node.text);
    const parent = node.parent;
    const isName = parent && ((ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isPropertySignature(parent) || ts.isParameter(parent) || ts.isBindingElement(parent));
    if (named && !isName) out.push(`${at(node)}: reads the global ${node.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the core only defines', () => {
  const dir = 'src/core';
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('finds the core', () => expect(files.length).toBeGreaterThan(15));

  it('has no module that does anything on load, or reads a global', () => {
    expect(files.flatMap((f) => loadEffects(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')))).toEqual([]);
  });

  it('catches what it forbids', () => {
    expect(loadEffects('a.ts', "import './b';\nexport const x = 1;")).toEqual(['a.ts:1: imports a module for its effects']);
    expect(loadEffects('a.ts', 'export const x = 1;\nregister(x);')).toEqual(['a.ts:2: runs a statement on load']);
    expect(loadEffects('a.ts', 'export function f() {\n  return window.innerWidth;\n}')).toEqual(['a.ts:2: reads the global window']);
    expect(loadEffects('a.ts', "import { a } from './b';\nexport interface P { location: string }\nexport const p = (o: { console: number }) => o.console + a;")).toEqual([]);
  });
});
