import assert from 'node:assert/strict';
import { resolveCardImage } from '../../../src/webviews/review/cardImages';
import { renderTex } from '../../../src/webviews/review/math';
import { createCardRenderer } from '../../../src/webviews/review/render';
import { contentSecurityPolicy, folderSource } from '../../../src/webviews/html';

// A card may show data: images and images in its deck's folder; nothing else makes a
// request (issue 20: in code-server `/proxy/<port>/…` reached any port of the machine).

const base = 'https://vscode-remote+127-002e0-002e0-002e1-003a8080.vscode-resource.vscode-cdn.net/home/me/ws/.loopprep/flashcards/';
const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('card images', () => {
  it('resolves a relative image inside the deck folder (subfolders too) under the deck folder’s webview URI', () => {
    assert.equal(resolveCardImage('funnel.png', base), `${base}funnel.png`);
    assert.equal(resolveCardImage('./img/funnel%20v2.png', base), `${base}img/funnel%20v2.png`);
    assert.equal(resolveCardImage('img/../funnel.png', base), `${base}funnel.png`);
  });

  it('keeps data: images of the types markdown-it allows', () => {
    assert.equal(resolveCardImage(pixel, base), pixel);
    assert.equal(resolveCardImage(pixel, undefined), pixel);
  });

  it('refuses every other source: other ports, the code-server origin, absolute paths, schemes, escapes from the folder', () => {
    for (const src of [
      '/proxy/8199/pixel.png',
      'http://127.0.0.1:8199/pixel.png',
      'http://127.0.0.1:8080/proxy/8199/pixel.png',
      '//127.0.0.1:8199/pixel.png',
      'https://tracker.example/p.gif',
      'file:///etc/passwd',
      'vscode-resource:/etc/x.png',
      '../outside.png',
      '../flashcards/inside-again.png',
      'img/../../outside.png',
      '%2e%2e/outside.png',
      '..%2foutside.png',
      '%2E%2E%5Coutside.png',
      'img\\..\\..\\outside.png',
      'pic.png?ref=1',
      'pic.png#x',
      '%E0%A4%A',
      '',
      '.',
    ]) {
      assert.equal(resolveCardImage(src, base), undefined, src);
    }
    assert.equal(resolveCardImage('funnel.png', undefined), undefined, 'no deck folder, no relative image');
  });

  it('renders a refused image as its alt text with a note, and an allowed one as an image', () => {
    const render = createCardRenderer(() => renderTex);
    const blocked = render('![the funnel](/proxy/8199/pixel.png)', { imageBase: base });
    assert.doesNotMatch(blocked, /<img/);
    assert.match(blocked, /<span class="image-blocked"[^>]*>the funnel<span class="image-note"> \(image not shown/);
    assert.match(render('![two <b>towers</b>](http://127.0.0.1:1/x.png)', { imageBase: base }), /two &lt;b&gt;towers&lt;\/b&gt;/);
    assert.equal(render('![the funnel](funnel.png)', { imageBase: base }), `<p><img src="${base}funnel.png" alt="the funnel"></p>\n`);
    assert.match(render(`![dot](${pixel})`), /<img src="data:image\/png;base64,/);
    assert.doesNotMatch(render('![x](funnel.png)'), /<img/, 'without a deck folder a relative image is refused');
  });
});

describe('the webviews’ image policy', () => {
  it('allows images from data: and the given folders only, never the code-server origin (cspSource’s \'self\')', () => {
    const csp = contentSecurityPolicy({ cspSource: "'self' https://*.vscode-cdn.net", nonce: 'n', imageFolders: [base, 'https://file+.vscode-resource.vscode-cdn.net/C%3A/decks;x,y/'] });
    const images = /img-src ([^;]*)/.exec(csp)?.[1];
    assert.equal(images, 'data: https://*.vscode-resource.vscode-cdn.net/home/me/ws/.loopprep/flashcards/ https://*.vscode-resource.vscode-cdn.net/C%3A/decks%3Bx%2Cy/');
    assert.equal(/img-src ([^;]*)/.exec(contentSecurityPolicy({ cspSource: "'self'", nonce: 'n' }))?.[1], 'data:');
  });

  it('makes a folder source that matches only below the folder, and keeps plain host names', () => {
    assert.equal(folderSource('https://example.test:8443/a/b'), 'https://example.test:8443/a/b/');
    assert.equal(folderSource('vscode-webview://x/y'), undefined);
    assert.equal(folderSource('not a url'), undefined);
  });
});
