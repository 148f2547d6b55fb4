// The page's first load holds no validator: from src/main.tsx, the static imports reach neither zod nor the dataset
// validator (they load with the first dataset, store/revalidator.ts, or in the worker). Vite's count is in
// docs/performance.md; this holds the reason for it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Modules a file imports statically, for its values (type-only imports and import() are left out). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly)
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
  }
  return specifiers;
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  return ['.ts', '.tsx', ''].map((ending) => base + ending).find((candidate) => existsSync(candidate)) ?? null;
}

/** Every module of ours and every package the entry reaches through static imports. */
function reachedFrom(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !/\.tsx?$/.test(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier.split('/')[0]!);
      else {
        const target = resolve(file, specifier);
        if (target) visit(target);
      }
    }
  };
  visit(path.join(ROOT, entry));
  return { files, packages };
}

describe("the page's first load", () => {
  it('reaches neither zod nor the validator', () => {
    const { files, packages } = reachedFrom('src/main.tsx');
    const ours = [...files].map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
    expect(ours).toContain('src/store/curationSlice.ts');
    expect(packages).toContain('cytoscape');
    expect(packages).not.toContain('zod');
    expect(packages).not.toContain('jsonc-parser');
    expect(ours.filter((file) => /domain\/(validate|schema)\.ts$|curation\/revalidate\.ts$/.test(file))).toEqual([]);
  });

  it('reaches no transliteration table: it loads with the editors and dialogs that make ids', () => {
    const { files, packages } = reachedFrom('src/main.tsx');
    const ours = [...files].map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
    expect(ours).toContain('src/domain/slugs.ts');
    expect(ours).not.toContain('src/curation/ids.ts');
    expect(packages).not.toContain('transliteration');
    expect(reachedFrom('src/features/curation/useEditorForm.ts').packages).toContain('transliteration');
  });

  it('reaches neither the suggestion engine nor its NLP model, which load in the reader’s worker', () => {
    const { files, packages } = reachedFrom('src/main.tsx');
    const ours = [...files].map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
    expect(ours).toContain('src/store/suggestionSlice.ts');
    expect(ours.filter((file) => file.startsWith('src/suggestions/') || file.includes('/suggest/'))).toEqual([]);
    expect(packages).not.toContain('compromise');
    expect(packages).not.toContain('franc-min');
    // The reader itself (lazy) reaches the engine only through its worker, never by a static import.
    const reader = reachedFrom('src/features/curation/DocumentReader.tsx');
    expect([...reader.files].filter((file) => file.includes(`${path.sep}suggestions${path.sep}`))).toEqual([]);
    expect(reader.packages).not.toContain('compromise');
  });
});
