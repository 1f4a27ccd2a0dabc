/**
 * Splits a top-level JSON array into the texts of its elements as chunks of the file arrive, so a
 * log download of hundreds of MB is never held, nor parsed, as one string. One pass, constant
 * work per character; it tracks strings, escapes and nesting only, and leaves validating each
 * element to JSON.parse.
 */

export type SplitterError =
  | { kind: 'not-json'; offset: number }
  | { kind: 'element-too-large'; element: number }
  | { kind: 'truncated'; element: number };

export type SplitterTop = 'unknown' | 'array' | 'object' | 'other';

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonArraySplitter {
  /** What the document is, once its first character has been seen. */
  top: SplitterTop = 'unknown';
  error: SplitterError | undefined;
  /** Elements completed so far. */
  count = 0;
  /** For a top-level object, its whole text (bounded by `maxObjectChars`). */
  objectText = '';

  private state: 'start' | 'before-element' | 'after-element' | 'in-element' | 'done' = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Element text from earlier chunks. */
  private pending: string[] = [];
  private pendingLength = 0;
  private offset = 0;

  constructor(
    private readonly maxElementChars: number,
    private readonly maxObjectChars: number,
  ) {}

  /** Feeds the next chunk; returns the texts of the elements it completed. */
  push(chunk: string): string[] {
    const elements: string[] = [];
    if (this.error || this.state === 'done' || this.top === 'other') return elements;
    if (this.top === 'object') {
      this.appendObject(chunk);
      return elements;
    }
    let start = this.state === 'in-element' ? 0 : -1;
    for (let index = 0; index < chunk.length; index += 1) {
      const code = chunk.charCodeAt(index);
      switch (this.state) {
        case 'start':
          if (WHITESPACE.has(code) || code === 0xfeff) continue;
          if (code === 0x5b /* [ */) {
            this.top = 'array';
            this.state = 'before-element';
            continue;
          }
          if (code === 0x7b /* { */) {
            this.top = 'object';
            this.appendObject(chunk.slice(index));
            return elements;
          }
          this.top = 'other';
          return elements;
        case 'before-element':
        case 'after-element':
          if (WHITESPACE.has(code)) continue;
          if (code === 0x5d /* ] */ && (this.state === 'after-element' || this.count === 0)) {
            this.state = 'done';
            continue;
          }
          if (code === 0x2c /* , */ && this.state === 'after-element') {
            this.state = 'before-element';
            continue;
          }
          if (this.state === 'after-element' || code === 0x2c || code === 0x5d) {
            this.error = { kind: 'not-json', offset: this.offset + index };
            return elements;
          }
          this.state = 'in-element';
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
          start = index;
          index -= 1; // read the element's first character again, as part of the element
          continue;
        case 'in-element': {
          if (this.elementEndsBefore(code)) {
            elements.push(this.finishElement(chunk.slice(start, index)));
            this.state = 'after-element';
            index -= 1; // read the delimiter again as the character after the element
            continue;
          }
          if (this.elementEndsAt(code)) {
            elements.push(this.finishElement(chunk.slice(start, index + 1)));
            this.state = 'after-element';
          }
          if (this.pendingLength + (index - start) > this.maxElementChars) {
            this.error = { kind: 'element-too-large', element: this.count };
            return elements;
          }
          continue;
        }
        case 'done':
          if (WHITESPACE.has(code)) continue;
          this.error = { kind: 'not-json', offset: this.offset + index };
          return elements;
      }
    }
    if (this.state === 'in-element' && start !== -1) {
      const rest = chunk.slice(start);
      this.pending.push(rest);
      this.pendingLength += rest.length;
    }
    this.offset += chunk.length;
    return elements;
  }

  /** After the last chunk: an error when the array never closed. */
  finish(): SplitterError | undefined {
    if (this.error) return this.error;
    if (this.top === 'array' && this.state !== 'done')
      this.error =
        this.state === 'in-element' || this.count > 0
          ? { kind: 'truncated', element: this.count }
          : { kind: 'not-json', offset: this.offset };
    return this.error;
  }

  /** A scalar element (number, true, …) ends at the delimiter or space after it, outside a string. */
  private elementEndsBefore(code: number): boolean {
    return (
      this.depth === 0 && !this.inString && (code === 0x2c || code === 0x5d || WHITESPACE.has(code))
    );
  }

  /** Updates string and nesting state with one character; true when it closes the element. */
  private elementEndsAt(code: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === 0x5c /* \ */) this.escaped = true;
      else if (code === 0x22 /* " */) {
        this.inString = false;
        return this.depth === 0;
      }
      return false;
    }
    if (code === 0x22) {
      this.inString = true;
      return false;
    }
    if (code === 0x7b || code === 0x5b) this.depth += 1;
    else if (code === 0x7d || code === 0x5d) {
      this.depth -= 1;
      return this.depth <= 0;
    }
    return false;
  }

  private finishElement(last: string): string {
    this.count += 1;
    const text = this.pending.length === 0 ? last : this.pending.join('') + last;
    this.pending = [];
    this.pendingLength = 0;
    return text;
  }

  private appendObject(text: string): void {
    if (this.objectText.length + text.length > this.maxObjectChars) {
      this.error = { kind: 'element-too-large', element: 0 };
      this.objectText = '';
      return;
    }
    this.objectText += text;
  }
}
