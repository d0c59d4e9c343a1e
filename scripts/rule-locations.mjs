// Where each rule's code is: every `raisedBy: () => fn` in src/ resolved by the TypeScript compiler
// to the declaration of `fn` (through imports), so docs/rules.md and the tests read the location
// from the reference itself, not from a path written by hand or found by grep.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The rule a `raisedBy` belongs to: its object's `id`, or (change kinds) the key the object sits under. */
function ruleIdOf(object) {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === 'id' && ts.isStringLiteral(p.initializer))
      return p.initializer.text;
  }
  const holder = object.parent;
  return ts.isPropertyAssignment(holder) && ts.isStringLiteral(holder.name) ? holder.name.text : undefined;
}

/**
 * Map of rule id -> { file, line, name }: the function that raises it (file from the repo root,
 * 1-based line of its declaration). Throws when a `raisedBy` thunk does not return a plain
 * identifier or its rule id cannot be read.
 */
export function raiserLocations(root = ROOT) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  // Only src/ itself is needed to follow its imports: no lib, no packages (seconds saved per call).
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: { ...config.options, noLib: true, noResolve: true, types: [] },
  });
  const checker = program.getTypeChecker();
  const out = new Map();
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !sf.fileName.startsWith(join(root, 'src'))) continue;
    const visit = (node) => {
      // A thunk written in a rule; `raisedBy: info.raisedBy` (a kind's rule built from its facts) passes one on.
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(sf) === 'raisedBy' &&
        ts.isArrowFunction(node.initializer)
      ) {
        const id = ruleIdOf(node.parent);
        const thunk = node.initializer;
        const at = `${relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
        if (id === undefined) throw new Error(`${at}: raisedBy outside a rule`);
        if (!ts.isIdentifier(thunk.body)) throw new Error(`${at}: raisedBy must be () => aFunction`);
        let symbol = checker.getSymbolAtLocation(thunk.body);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.declarations?.[0];
        if (!decl) throw new Error(`${at}: ${thunk.body.text} does not resolve to a declaration`);
        const file = decl.getSourceFile();
        // One rule, one raiser: a second table naming the same id is a mistake the registry cannot see.
        if (out.has(id)) throw new Error(`${at}: a second raisedBy for ${id}`);
        out.set(id, {
          file: relative(root, file.fileName).split('\\').join('/'),
          line: file.getLineAndCharacterOfPosition(decl.getStart(file)).line + 1,
          name: symbol.name,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
