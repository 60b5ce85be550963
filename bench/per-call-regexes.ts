import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Regex literals that the engine builds afresh on every call when run through tsx: `node --import
 * tsx bench/per-call-regexes.ts [DIR]` (default src/engine) lists them as file:line, enclosing
 * function and literal.
 *
 * Why: tsx compiles each file with esbuild for the running Node (`node20.x`), and esbuild rewrites a
 * literal using a Unicode property escape (`\p{Lu}`) outside a character class, or the `v` flag,
 * into `new RegExp("…", "u")`. At module level that runs once; inside a function it runs on every
 * call (a new object and a compilation-cache lookup each time, and a fresh compile after the cache
 * is aged out). In session 14 such literals in hot helpers were 97k constructions per pass of
 * cnndm-dev and about 5-8% of the pipeline's CPU (ADR 010). A literal this lists in a hot path
 * belongs in a module-level constant.
 */

export interface PerCallRegex {
  line: number;
  /** Innermost named function holding the literal ('(anonymous)' for an unnamed callback). */
  fn: string;
  literal: string;
}

/**
 * Does esbuild, targeting Node 20, turn this literal into a `new RegExp` call? True for the `v`
 * flag, and for `\p{…}`/`\P{…}` outside a character class under the `u` flag (checked against
 * esbuild 0.28's output: inside `[...]` the escape is left as written).
 */
export function rebuiltByEsbuild(literal: string): boolean {
  const close = literal.lastIndexOf('/');
  const flags = literal.slice(close + 1);
  if (flags.includes('v')) return true;
  if (!flags.includes('u')) return false;
  const body = literal.slice(1, close);
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      if (!inClass && (body[i + 1] === 'p' || body[i + 1] === 'P') && body[i + 2] === '{') return true;
      i++;
    } else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return false;
}

function functionName(node: ts.Node): string {
  const named = (node as { name?: ts.Node }).name;
  if (named && ts.isIdentifier(named)) return named.text;
  if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name))
    return node.parent.name.text;
  return '(anonymous)';
}

/** Literals inside function bodies that esbuild rebuilds per call, in source order. */
export function perCallRegexes(source: string, fileName = 'file.ts'): PerCallRegex[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: PerCallRegex[] = [];
  const visit = (node: ts.Node, fn: string | null): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && fn !== null) {
      const literal = node.getText(file);
      if (rebuiltByEsbuild(literal)) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push({ line, fn, literal });
      }
    }
    const inner = ts.isFunctionLike(node) ? functionName(node) : fn;
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(file, null);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function main(dir: string): number {
  let count = 0;
  for (const file of sourceFiles(dir).sort()) {
    for (const site of perCallRegexes(readFileSync(file, 'utf8'), file)) {
      console.log(`${file}:${site.line}\t${site.fn}\t${site.literal}`);
      count++;
    }
  }
  console.log(`${count} literals rebuilt per call`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv[2] ?? 'src/engine');
}
