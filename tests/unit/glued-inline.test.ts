import { describe, expect, it } from 'vitest';
import { gluedInlineElements } from '../support/glued-inline';

/** The finder the built-pages test (tests/integration/glued-inline.test.ts) relies on. */
describe('gluedInlineElements', () => {
  it.each([
    [
      'a word before bold text',
      'at least<strong>Application Administrator</strong>',
      'at least|Application Administrator',
    ],
    ['a word after code', 'the <code>userName</code>attribute', 'userName|attribute'],
    [
      'a comma before a label',
      '<span class="ui-label">A</span>,<span class="ui-label">B</span>',
      ',|B',
    ],
    [
      'an arrow before a label',
      'Users →<span class="ui-label">All users</span>',
      'Users →|All users',
    ],
    ['a word before a link', 'see<a href="/x/">Troubleshooting</a>.', 'see|Troubleshooting'],
    ['bold then code', '<strong>Keep</strong><code>userName</code>', 'Keep|userName'],
    ['a colon ending bold text', '<strong>Note:</strong>Text', 'Note:|Text'],
    ['a word before code that starts with punctuation', 'add<code>?tenant=</code>', 'add|?tenant='],
  ])('finds %s', (_case, html, excerpt) => {
    expect(gluedInlineElements(`<main><p>${html}</p></main>`)).toEqual([excerpt]);
  });

  it.each([
    ['spaces on both sides', 'at least <strong>Application Administrator</strong> role'],
    ['punctuation after the element', 'the <code>userName</code>, then <em>this</em>.'],
    ['an opening bracket before it', 'a file (<code>.csv</code>)'],
    ['a question mark after code', 'is it <code>userName</code>?'],
    ['a joiner', 'and/<em>or</em>, non-<em>gallery</em>'],
    ['a path that continues a host', '<code>https://acme.example</code>/scim'],
    ['two spans (flex items in the widgets)', '<span>Pass</span><span>The endpoint</span>'],
    ['separate blocks', '<p>One</p><p>Two</p>'],
    [
      'a visually hidden label with its own space',
      'How to fix<span class="sr-only"> unauthorized</span>',
    ],
  ])('leaves %s alone', (_case, html) => {
    expect(gluedInlineElements(`<main><div>${html}</div></main>`)).toEqual([]);
  });

  it('takes a live page’s layout into account: a span displayed as a block is not glued', () => {
    expect(
      gluedInlineElements('<li>Priya Shah<span data-display="block">priya@example.com</span></li>'),
    ).toEqual([]);
    expect(
      gluedInlineElements('<li>Status<span data-display="inline-flex">Pass</span></li>'),
    ).toEqual(['Status|Pass']);
  });

  it('reads noscript content as markup and skips what is not a line of text', () => {
    expect(
      gluedInlineElements('<main><noscript><p>open<code>x</code></p></noscript></main>'),
    ).toEqual(['open|x']);
    expect(
      gluedInlineElements('<main><pre>a<span>b</span></pre><script>a<b>c</b></script></main>'),
    ).toEqual([]);
  });

  it('checks only the page content when there is a main element', () => {
    expect(
      gluedInlineElements('<header>Ctrl<kbd>K</kbd>x<em>y</em></header><main><p>ok</p></main>'),
    ).toEqual([]);
  });
});
