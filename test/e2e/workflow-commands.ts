// Workflow commands as the GitHub Actions runner finds them in a step's stdout and stderr, so a
// test can list every command a run wrote and refuse the ones the action did not mean to write.
//
// The runner (actions/runner ActionCommandManager.TryProcessCommand) reads each stream line by line
// (.NET ReadLine: a line ends at LF, CR or CRLF) and tries two parsers in turn:
//   - ActionCommand.TryParseV2: the line, its leading white space trimmed (.NET TrimStart: any
//     Unicode white space), starts with `::name props::data`;
//   - ActionCommand.TryParse, the legacy form, only when the first fails: `##[name props]data`
//     ANYWHERE in the line (IndexOf), properties separated by `;`.
// Both accept only registered command names; this parser accepts any name, so it is stricter.

export interface WorkflowCommand {
  name: string;
  /** Properties, unescaped as the runner does (`%25`, `%0D`, `%0A`, `%3A`, `%2C`). */
  props: Record<string, string>;
  data: string;
  line: string;
}

// JavaScript's \s plus NEL, which .NET also trims. A few extra characters (U+FEFF) make the
// parser stricter than the runner, never laxer.
const LEADING_WHITE_SPACE = /^[\s\u0085]+/;

export function runnerLines(stream: string): string[] {
  return stream.split(/\r\n|\r|\n/);
}

const unescapeProperty = (v: string) =>
  v.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
const unescapeData = (v: string) => v.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

function parseProps(text: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) props[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  return props;
}

function parseLine(raw: string): WorkflowCommand | undefined {
  const line = raw.replace(LEADING_WHITE_SPACE, '');
  const end = line.startsWith('::') ? line.indexOf('::', 2) : -1;
  if (end > 2) {
    const head = line.slice(2, end);
    const space = head.indexOf(' ');
    const name = space < 0 ? head : head.slice(0, space);
    if (name !== '')
      return {
        name,
        props: space < 0 ? {} : parseProps(head.slice(space + 1)),
        data: unescapeData(line.slice(end + 2)),
        line: raw,
      };
  }
  // Not a V2 command: the runner falls through to the legacy parser.
  return parseLegacy(raw);
}

const unescapeLegacy = (v: string) =>
  v.replace(/%3B/gi, ';').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%5D/gi, ']').replace(/%25/g, '%');

/** `##[name k=v;k=v]data` anywhere in the line. */
function parseLegacy(raw: string): WorkflowCommand | undefined {
  const start = raw.indexOf('##[');
  if (start < 0) return undefined;
  const end = raw.indexOf(']', start);
  if (end < 0) return undefined;
  const head = raw.slice(start + 3, end);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  if (name === '') return undefined;
  const props: Record<string, string> = {};
  if (space > 0) {
    for (const pair of head.slice(space + 1).split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) props[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { name, props, data: unescapeLegacy(raw.slice(end + 1)), line: raw };
}

/** Every workflow command in the given streams (stdout and stderr alike), in order. */
export function workflowCommands(...streams: string[]): WorkflowCommand[] {
  return streams.flatMap((s) => runnerLines(s).flatMap((l) => parseLine(l) ?? []));
}

export interface ExpectedCommands {
  /** Files an annotation may name (repo-relative, as the action writes them), or a test of them. */
  files: ReadonlySet<string> | ((file: string) => boolean);
  /** Values the action may mask (the secrets it was given and their encodings), or a test of them. */
  masks?: ReadonlySet<string> | ((value: string) => boolean);
  /** Data only a forged command starts with (the payloads a test planted): refused in any command. */
  forgedData?: RegExp;
}

const ANNOTATIONS = new Set(['error', 'warning', 'notice']);
const HARMLESS = new Set(['debug', 'group', 'endgroup']);

/** The commands the action did not mean to write: each with why, for the assertion message. */
export function unexpectedCommands(commands: readonly WorkflowCommand[], expected: ExpectedCommands): string[] {
  const bad: string[] = [];
  for (const c of commands) {
    if (expected.forgedData?.test(c.data)) bad.push(`a planted command: ${JSON.stringify(c.line)}`);
    else if (ANNOTATIONS.has(c.name)) {
      const file = c.props.file;
      const files = expected.files;
      if (file !== undefined && !(typeof files === 'function' ? files(file) : files.has(file)))
        bad.push(`annotation on a file that is not a contract file: ${JSON.stringify(c.line)}`);
    } else if (c.name === 'add-mask') {
      const masks = expected.masks;
      const allowed = typeof masks === 'function' ? masks(c.data) : (masks?.has(c.data) ?? false);
      if (!allowed) bad.push(`add-mask of a value that is not a secret: ${JSON.stringify(c.line)}`);
    } else if (!HARMLESS.has(c.name)) {
      bad.push(`command ${JSON.stringify(c.name)} the action never writes: ${JSON.stringify(c.line)}`);
    }
  }
  return bad;
}
