// A lint for the panels: finds words written in a component instead of read from the message catalogue.
//
// Flagged: JSX text with a letter; a literal with a letter given to an attribute or prop a person reads (aria-label,
// title, placeholder, label…) or rendered as a child, through ?:, &&, ||, ?? and template literals; a literal with a
// letter under a property a person reads ({ label: 'Source' }); a literal with a letter given as a problem's message or
// hint (`report.error(code, path, 'empty')`) or printed to the terminal (`console.log`); and anywhere else, a literal of
// two or more words ('The graph is not on the page yet'), wherever it ends up shown. Message ids are never flagged. A
// single word kept in a variable and shown later escapes this lint; the review is the net for that.
import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
  why: string;
}

/** Attributes and props a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'alt',
  'title',
  'placeholder',
  'label',
  'confirmLabel',
  'submitLabel',
  'question',
  'what',
  'showAllLabel',
  'hideAllLabel',
  'heading',
  'hint',
  'message',
  'text',
  'summary',
  'description',
  'caption',
]);

/** Attributes whose values are lists of tokens or numbers, never words for people. */
const TOKEN_LIST_ATTRIBUTES = new Set(['className', 'rel', 'viewBox', 'points', 'd', 'transform', 'accept']);

/** What prints to the terminal: every literal given to it is read. */
const PRINTERS = new Set(['console.log', 'console.error', 'console.warn', 'console.info', 'process.stdout.write']);
/** A problem collector's methods: (code, path, message, hint, options); the message and hint are read. */
const REPORTERS = new Set(['error', 'warning']);

const LETTER = /\p{L}/u;
const TWO_WORDS = /\p{L}[^\s]*\s+[^\s]*\p{L}/u;

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

/** The literals an expression may evaluate to, as a value (not inside calls, conditions or functions). */
function valueLiterals(expression: ts.Expression): Literal[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression))
    return [
      expression.head,
      ...expression.templateSpans.flatMap((span) => [...valueLiterals(span.expression), span.literal]),
    ];
  if (ts.isConditionalExpression(expression))
    return [...valueLiterals(expression.whenTrue), ...valueLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return valueLiterals(expression.right);
    if (
      operator === ts.SyntaxKind.PlusToken ||
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.QuestionQuestionToken
    )
      return [...valueLiterals(expression.left), ...valueLiterals(expression.right)];
    return [];
  }
  if (
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isSatisfiesExpression(expression) ||
    ts.isNonNullExpression(expression)
  )
    return valueLiterals(expression.expression);
  return [];
}

const propertyName = (name: ts.PropertyName | ts.JsxAttributeName): string =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();

export function findInlineProse(fileName: string, source: string, messageIds: ReadonlySet<string>): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const reported = new Set<ts.Node>();
  const report = (node: ts.Node, text: string, why: string) => {
    if (reported.has(node)) return;
    reported.add(node);
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim(), why });
  };
  const reportLetters = (literals: Literal[], why: string) => {
    for (const literal of literals)
      if (LETTER.test(literal.text) && !messageIds.has(literal.text)) report(literal, literal.text, why);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text, 'JSX text');
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = propertyName(node.name);
      if (TOKEN_LIST_ATTRIBUTES.has(name)) return;
      if (READ_ATTRIBUTES.has(name) && node.initializer) {
        const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        if (value && !ts.isJsxElement(value) && !ts.isJsxSelfClosingElement(value) && !ts.isJsxFragment(value))
          reportLetters(valueLiterals(value), `the ${name} attribute`);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      reportLetters(valueLiterals(node.expression), 'a rendered value');
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(file);
      if (PRINTERS.has(callee))
        reportLetters(
          node.arguments.flatMap((argument) => valueLiterals(argument)),
          'printed to the terminal',
        );
      if (ts.isPropertyAccessExpression(node.expression) && REPORTERS.has(node.expression.name.text))
        reportLetters(
          node.arguments.slice(2, 4).flatMap((argument) => valueLiterals(argument)),
          "a problem's message or hint",
        );
    }
    if (ts.isPropertyAssignment(node) && READ_ATTRIBUTES.has(propertyName(node.name)))
      reportLetters(valueLiterals(node.initializer), `the ${propertyName(node.name)} property`);
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) &&
      TWO_WORDS.test(node.text) &&
      !messageIds.has(node.text)
    )
      report(node, node.text, 'words in a literal');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings.sort((a, b) => a.line - b.line);
}
