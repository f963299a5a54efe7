/**
 * A stand-in for what the browser's extension host gives an extension: a `vscode` module holding
 * what activation and a check touch (an in-memory `workspace.fs`, one open document, a diagnostics
 * collection that records what is published), for running the web bundle under plain mocha. Any
 * other API the bundle reaches for fails loudly, naming it, so a gap is a clear test failure.
 */
import { posix } from 'node:path';
import { fakeVscode } from './fake-vscode';

type Listener<T> = (value: T) => void;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    this.listeners.forEach((l) => l(value));
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** URIs as VS Code splits them (scheme, authority, path); paths are POSIX. */
class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static parse(value: string): Uri {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    if (!m) throw new Error(`not a URI: ${value}`);
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3]), m[4] ?? '', m[5] ?? '');
  }
  static file(path: string): Uri {
    return new Uri('file', '', path);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: posix.join(base.path, ...segments) });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }
  toString(): string {
    const query = this.query ? `?${this.query}` : '';
    const fragment = this.fragment ? `#${this.fragment}` : '';
    return `${this.scheme}://${this.authority}${this.path}${query}${fragment}`;
  }
}

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(`${this.value}.${part}`);
  }
}

const disposable = () => ({ dispose: () => undefined });
const noEvent = () => disposable();

export interface PublishedDiagnostic {
  readonly code?: { value: string } | string;
  readonly message: string;
  readonly severity: number;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface FakeWebHost {
  /** The `vscode` module the bundle requires. */
  readonly vscode: object;
  /** The extension context `activate` gets: the extension's files are under `file:///extension`. */
  readonly context: object;
  /** Resolves with the first diagnostics published for `uri` (a file: URI string). */
  published(uri: string): Promise<PublishedDiagnostic[]>;
  /** The APIs the bundle asked for that this stand-in does not have. */
  readonly missing: string[];
}

/**
 * `files`: absolute paths to their bytes (the workspace's files and the extension's `dist/`);
 * `open`: the one open document. `bytes` makes byte arrays of the realm the bundle runs in, since
 * web-tree-sitter checks `instanceof Uint8Array`.
 */
export function fakeWebHost(options: {
  files: ReadonlyMap<string, Uint8Array>;
  open: { path: string; languageId: string };
  bytes: (data: Uint8Array) => Uint8Array;
}): FakeWebHost {
  const { files } = options;
  const waiting = new Map<string, Listener<PublishedDiagnostic[]>>();
  const published = new Map<string, PublishedDiagnostic[]>();
  const missing: string[] = [];
  const text = new TextDecoder().decode(files.get(options.open.path));
  const document = {
    uri: Uri.file(options.open.path),
    fileName: options.open.path,
    languageId: options.open.languageId,
    version: 1,
    isDirty: false,
    isUntitled: false,
    getText: () => text,
  };
  const workspaceFolder = { uri: Uri.file('/workspace'), name: 'workspace', index: 0 };
  const notFound = (uri: Uri) => Object.assign(new Error(`not found: ${uri.path}`), { code: 'FileNotFound' });
  const entriesOf = (folder: string): [string, number][] => {
    const names = new Map<string, number>();
    for (const path of files.keys()) {
      if (!path.startsWith(`${folder}/`)) continue;
      const [first, ...rest] = path.slice(folder.length + 1).split('/');
      names.set(first, rest.length > 0 ? FileType.Directory : FileType.File);
    }
    return [...names];
  };
  const vscode = {
    ...(fakeVscode as unknown as object),
    Uri,
    FileType,
    CodeActionKind,
    EventEmitter,
    TabInputText: class {},
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    ProgressLocation: { Notification: 15 },
    version: '1.100.0',
    env: { language: 'en', openExternal: async () => true },
    l10n: {
      t: (message: string, ...args: unknown[]) =>
        message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
    },
    commands: { registerCommand: disposable, executeCommand: async () => undefined },
    languages: {
      createDiagnosticCollection: () => ({
        has: (uri: Uri) => published.has(uri.toString()),
        set(uri: Uri, diagnostics: PublishedDiagnostic[]) {
          const key = uri.toString();
          published.set(key, diagnostics);
          waiting.get(key)?.(diagnostics);
        },
        delete: () => undefined,
        clear: () => undefined,
        get: (uri: Uri) => published.get(uri.toString()),
        dispose: () => undefined,
      }),
      registerCodeLensProvider: disposable,
      registerHoverProvider: disposable,
      registerCodeActionsProvider: disposable,
    },
    window: {
      createOutputChannel: () => ({
        info: () => undefined,
        warn: () => undefined,
        error: (message: string) => missing.push(`logged error: ${message}`),
        debug: () => undefined,
        trace: () => undefined,
        appendLine: () => undefined,
        dispose: () => undefined,
      }),
      createStatusBarItem: () => ({ show: () => undefined, hide: () => undefined, dispose: () => undefined }),
      registerWebviewPanelSerializer: disposable,
      tabGroups: { all: [], onDidChangeTabs: noEvent },
      visibleTextEditors: [],
      activeTextEditor: undefined,
      onDidChangeVisibleTextEditors: noEvent,
      onDidChangeActiveTextEditor: noEvent,
    },
    workspace: {
      textDocuments: [document],
      workspaceFolders: [workspaceFolder],
      isTrusted: true,
      getWorkspaceFolder: (uri: Uri) => (uri.path.startsWith('/workspace/') ? workspaceFolder : undefined),
      asRelativePath: (uri: Uri | string) => String(uri).replace('file:///workspace/', ''),
      getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
      createFileSystemWatcher: () => ({
        onDidChange: noEvent,
        onDidCreate: noEvent,
        onDidDelete: noEvent,
        dispose: () => undefined,
      }),
      onDidOpenTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidSaveTextDocument: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidChangeConfiguration: noEvent,
      onDidGrantWorkspaceTrust: noEvent,
      fs: {
        readFile: async (uri: Uri) => {
          const data = files.get(uri.path);
          if (!data) throw notFound(uri);
          return options.bytes(data);
        },
        stat: async (uri: Uri) => {
          if (files.has(uri.path)) return { type: FileType.File, size: files.get(uri.path)?.length };
          if (entriesOf(uri.path).length > 0) return { type: FileType.Directory, size: 0 };
          throw notFound(uri);
        },
        readDirectory: async (uri: Uri) => {
          const entries = entriesOf(uri.path);
          if (entries.length === 0) throw notFound(uri);
          return entries;
        },
      },
    },
  };
  const context = {
    extensionUri: Uri.file('/extension'),
    subscriptions: [] as { dispose(): void }[],
  };
  return {
    vscode: reportingMissing(vscode, 'vscode', missing),
    context: reportingMissing(context, 'context', missing),
    missing,
    published: (uri) =>
      new Promise((resolve) => {
        const already = published.get(uri);
        if (already) resolve(already);
        else waiting.set(uri, resolve);
      }),
  };
}

/** The object (and the plain objects in it), with every property it lacks recorded in `missing` and thrown when read. */
function reportingMissing<T extends object>(target: T, name: string, missing: string[]): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      // Probes that bundlers and promises make of any module or value.
      if (typeof key === 'symbol' || key === 'then' || key === '__esModule')
        return Reflect.get(object, key, receiver);
      if (key in object) {
        const value: unknown = Reflect.get(object, key, receiver);
        const plain =
          typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
        return plain ? reportingMissing(value, `${name}.${key}`, missing) : value;
      }
      missing.push(`${name}.${key}`);
      throw new Error(`the fake web host has no ${name}.${key}`);
    },
  });
}
