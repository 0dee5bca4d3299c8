/**
 * Just enough DOM to run the fragment loader in Node, with the one browser rule the loader exists
 * to work around: scripts parsed from an HTML string (innerHTML) never run; scripts made with
 * createElement run once when they are put into the document. Parsing covers the simple, quoted
 * markup the tests use, nothing more.
 */
type Child = FakeElement | FakeText;
type Listener = () => void;

class FakeText {
  parent: FakeParent | null = null;
  constructor(readonly data: string) {}
  serialize(): string {
    return this.data;
  }
}

class FakeParent {
  children: Child[] = [];
  constructor(readonly document: FakeDocument) {}

  get isConnected(): boolean {
    return false;
  }

  hasChildNodes(): boolean {
    return this.children.length > 0;
  }

  descendants(): FakeElement[] {
    return this.children.flatMap((child) => (child instanceof FakeElement ? [child, ...child.descendants()] : []));
  }

  /** Supports a tag name or a bare `[attribute]`. */
  querySelectorAll(selector: string): FakeElement[] {
    const attribute = /^\[([a-z-]+)\]$/.exec(selector)?.[1];
    return this.descendants().filter((el) => (attribute ? el.attrs.has(attribute) : el.tagName === selector));
  }

  /** Replaces the children with parsed markup whose scripts, as in a browser, will never run. */
  set innerHTML(markup: string) {
    this.children = [];
    this.insert(0, parse(markup, this.document));
  }

  get innerHTML(): string {
    return this.children.map((child) => child.serialize()).join('');
  }

  insert(at: number, nodes: Child[]): void {
    for (const node of nodes) node.parent = this;
    this.children.splice(at, 0, ...nodes);
    if (this.isConnected) for (const node of nodes) if (node instanceof FakeElement) this.document.run(node);
  }
}

class FakeElement extends FakeParent {
  parent: FakeParent | null = null;
  attrs = new Map<string, string>();
  /** The browser's "already started" flag: set for parsed scripts, so they never run. */
  started = false;
  readonly content: FakeFragment;

  constructor(document: FakeDocument, readonly tagName: string) {
    super(document);
    this.content = new FakeFragment(document);
  }

  override get isConnected(): boolean {
    return this.parent?.isConnected ?? false;
  }

  // A template's innerHTML fills its content, not the template itself.
  override set innerHTML(markup: string) {
    const target = this.tagName === 'template' ? this.content : this;
    target.children = [];
    target.insert(0, parse(markup, this.document));
  }

  override get innerHTML(): string {
    return super.innerHTML;
  }

  get attributes(): { name: string; value: string }[] {
    return [...this.attrs].map(([name, value]) => ({ name, value }));
  }

  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }

  get text(): string {
    return this.children.map((child) => (child instanceof FakeText ? child.data : child.text)).join('');
  }

  set text(value: string) {
    this.children = [];
    this.insert(0, [new FakeText(value)]);
  }

  replaceWith(...nodes: (Child | FakeFragment)[]): void {
    const parent = this.parent;
    if (!parent) return;
    const at = parent.children.indexOf(this);
    parent.children.splice(at, 1);
    this.parent = null;
    const moved = nodes.flatMap((node) => (node instanceof FakeFragment ? node.children.splice(0) : [node]));
    parent.insert(at, moved);
  }

  serialize(): string {
    const attrs = this.attributes.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('');
    return voids.has(this.tagName) ? `<${this.tagName}${attrs}>` : `<${this.tagName}${attrs}>${this.innerHTML}</${this.tagName}>`;
  }
}

class FakeFragment extends FakeParent {}

class FakeBody extends FakeElement {
  override get isConnected(): boolean {
    return true;
  }
}

const voids = new Set(['link', 'img', 'br', 'meta']);

function parse(markup: string, document: FakeDocument): Child[] {
  const root = new FakeFragment(document);
  let open: FakeParent = root;
  for (const [token, closing, tag, attrs, text] of markup.matchAll(/<(\/?)([a-z][a-z0-9-]*)([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) open.children.push(Object.assign(new FakeText(text), { parent: open }));
    else if (closing) open = (open instanceof FakeElement && open.parent) || root;
    else if (tag) {
      const element = new FakeElement(document, tag);
      element.started = tag === 'script';
      for (const [, name, value] of (attrs ?? '').matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) if (name) element.attrs.set(name, value ?? '');
      element.parent = open;
      open.children.push(element);
      if (!voids.has(tag)) open = element;
    } else throw new Error(`cannot parse ${token}`);
  }
  return root.children.splice(0);
}

class FakeEvents {
  private listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  addEventListener(type: string, listener: Listener, options?: { once?: boolean }): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), { listener, once: options?.once ?? false }]);
  }

  dispatch(type: string): void {
    const listeners = this.listeners.get(type) ?? [];
    this.listeners.set(type, listeners.filter((entry) => !entry.once));
    for (const { listener } of listeners) listener();
  }
}

export class FakeDocument extends FakeEvents {
  readyState: 'loading' | 'interactive' | 'complete' = 'complete';
  visibilityState: 'visible' | 'hidden' = 'visible';
  /** The `src` or text of every script that ran, in order. */
  readonly executed: string[] = [];
  readonly body = new FakeBody(this, 'body');

  createElement(tagName: string): FakeElement {
    return new FakeElement(this, tagName);
  }

  querySelectorAll(selector: string): FakeElement[] {
    return this.body.querySelectorAll(selector);
  }

  /** Runs every script in a subtree just put into the document that has not run or been parsed. */
  run(element: FakeElement): void {
    for (const script of [element, ...element.descendants()].filter((el) => el.tagName === 'script' && !el.started)) {
      script.started = true;
      this.executed.push(script.getAttribute('src') ?? script.text);
    }
  }
}

export class FakeWindow extends FakeEvents {}
