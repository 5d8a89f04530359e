import { cleanArticle, detectFormat, furnitureReason } from '../../server/intake/clean';
import type { CleanText } from '../../server/intake/types';

const paragraphsOf = (clean: CleanText): string[] => clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));

const PAGE = `<!doctype html>
<html><head><title>Orion EV picks a builder | Example Daily</title>
<style>.share { color: red }</style>
<script>window.analytics = { track: function () {} };</script></head>
<body>
<header class="site-header"><div class="logo">Example Daily</div><a href="/">Home</a></header>
<nav><ul><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li></ul></nav>
<main><article>
  <header><h1>Orion EV picks a builder</h1><p class="byline">By Jane Doe | Example Daily</p></header>
  <div class="share-buttons"><a>Share on Facebook</a><a>Tweet</a></div>
  <p>Orion EV said on Monday that <b>Acme   Motors</b> will build its first sedan &amp; a van.</p>
  <p>The contract runs until 2026,
     a spokesperson said.</p>
  <figure><img src="a.jpg" alt="the plant"><figcaption>The Acme plant in Hefei.</figcaption></figure>
  <div class="author-bio"><p>Jane Doe covers carmakers for Example Daily.</p></div>
  <section id="comments"><h3>3 Comments</h3><p>Great article!</p></section>
  <aside class="related"><a>Related: Beta Auto's new plant</a></aside>
</article></main>
<form><input name="email"><button>Subscribe</button></form>
<footer>Copyright 2024 Example Daily</footer>
<script>console.log("tracking")</script>
</body></html>`;

const MARKDOWN = `# Beta Auto buys a stake in Delta Power

*By Li Wen*

Beta Auto has agreed to buy **30%** of [Delta Power](https://example.com/delta), the company said.

- The deal values Delta at 2 billion yuan.
- It is expected to close in mid-2025.

![chart](chart.png)

\`\`\`
var tracker = 1;
\`\`\`

> "We are pleased," Beta's chairman said.
`;

const PLAIN = `Global Edition 中文 Français
Home / Business / Autos

Orion EV signs with Acme Motors

By John Smith | Example Wire | Updated: 2024-03-05 10:00

Share
Share - Weibo

Orion EV has signed a deal with Acme Motors to build its cars from 2025.

Wang Li is the founder of Orion EV and its chief executive.

Publishtime:2024-03-05 08:00:00 Views:1,204

CHEAP LOANS!!! Click here to win a free car, WhatsApp +8613800000000

We use cookies to improve your experience. Accept all cookies

https://example.com/orion-acme

SEE ALSO: Acme Motors opens a second plant

John Smith is a senior reporter at Example Wire, where he covers the auto industry. He can be reached at @jsmith.

Articles: 212

Leave a Reply`;

describe('intake/clean', () => {
  it('drops nav, masthead, share, comment, bio, related, form, footer, script and style blocks when the input is HTML', () => {
    const clean = cleanArticle({ raw: PAGE });
    expect(clean.format).toBe('html');
    expect(paragraphsOf(clean)).toEqual([
      'Orion EV picks a builder',
      'By Jane Doe | Example Daily',
      'Orion EV said on Monday that Acme Motors will build its first sedan & a van.',
      'The contract runs until 2026, a spokesperson said.',
      'The Acme plant in Hefei.',
    ]);
    expect(clean.foundTitle).toBe('Orion EV picks a builder');
    const reasons = clean.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining([
      'html <header>', 'html <nav>', 'html class="share-buttons"', 'html class="author-bio"', 'html id="comments"',
      'html <aside>', 'html <form>', 'html <footer>',
    ]));
    expect(clean.removed.find((r) => r.reason === 'html class="author-bio"')?.text).toBe('Jane Doe covers carmakers for Example Daily.');
    expect(clean.text).not.toMatch(/analytics|tracking|color: red|Subscribe|Great article|Copyright/);
  });

  it('drops a block by its class or id words when its tag is not furniture', () => {
    const clean = cleanArticle({ raw: '<div><p>Acme Motors bought Beta Auto.</p><div class="social-share">Share</div><div id="newsletter-signup">Get our newsletter</div><p class="ad-slot">Buy tyres</p><div hidden>Hidden</div></div>' });
    expect(clean.text).toBe('Acme Motors bought Beta Auto.');
    expect(clean.removed.map((r) => r.reason)).toEqual(['html class="social-share"', 'html id="newsletter-signup"', 'html class="ad-slot"', 'html hidden element']);
  });

  it('takes the page <title> as the title when the HTML has no <h1>', () => {
    const clean = cleanArticle({ raw: '<html><head><title>Delta Power listed</title></head><body><p>Delta Power was listed.</p><p>Shares rose.</p></body></html>' });
    expect(clean.foundTitle).toBe('Delta Power listed');
    expect(clean.text).toBe('Delta Power was listed.\n\nShares rose.');
  });

  it('keeps the words of blocks and links and drops images and code when the input is Markdown', () => {
    const clean = cleanArticle({ raw: MARKDOWN });
    expect(clean.format).toBe('markdown');
    expect(clean.foundTitle).toBe('Beta Auto buys a stake in Delta Power');
    expect(paragraphsOf(clean)).toEqual([
      'Beta Auto buys a stake in Delta Power',
      'By Li Wen',
      'Beta Auto has agreed to buy 30% of Delta Power, the company said.',
      'The deal values Delta at 2 billion yuan.',
      'It is expected to close in mid-2025.',
      '"We are pleased," Beta\'s chairman said.',
    ]);
    expect(clean.removed).toEqual([{ text: 'var tracker = 1;', reason: 'markdown code block' }]);
  });

  it('drops spam, share, counter, cookie, link, bio and "Leave a Reply" lines but keeps bylines and claims when the input is plain text', () => {
    const clean = cleanArticle({ raw: PLAIN });
    expect(clean.format).toBe('text');
    expect(paragraphsOf(clean)).toEqual([
      'Orion EV signs with Acme Motors',
      'By John Smith | Example Wire | Updated: 2024-03-05 10:00',
      'Orion EV has signed a deal with Acme Motors to build its cars from 2025.',
      'Wang Li is the founder of Orion EV and its chief executive.',
    ]);
    expect(clean.foundTitle).toBe('Orion EV signs with Acme Motors');
    expect(clean.removed.map((r) => r.reason)).toEqual([
      'language switcher', 'breadcrumb', 'share buttons', 'share buttons', 'page counter', 'spam', 'cookie notice', 'lone link',
      'related links', 'author bio', 'page counter', 'comment prompt',
    ]);
  });

  it('drops the list of headlines under a related-links heading, in Markdown and in plain text', () => {
    const markdown = cleanArticle({ raw: 'Acme Motors bought Beta Auto.\n\n**Related articles**\n\n- [Beta Auto posts a loss](https://example.com/1)\n- [Acme opens a plant](https://example.com/2)\n' });
    expect(markdown.text).toBe('Acme Motors bought Beta Auto.');
    expect(markdown.removed.map((r) => r.text)).toEqual(['Related articles', 'Beta Auto posts a loss', 'Acme opens a plant']);
    const text = cleanArticle({ raw: 'Acme Motors bought Beta Auto.\n\n相关阅读\n\n乙公司发布新车型\n甲公司新工厂投产\n\n甲公司表示，收购将于年底完成。' });
    expect(text.text).toBe('Acme Motors bought Beta Auto.\n\n甲公司表示，收购将于年底完成。');
  });

  it('keeps the list under a related-links heading when it holds sentences', () => {
    const clean = cleanArticle({ raw: 'Related\n\n- Acme Motors bought Beta Auto last year.\n- The deal closed in May.\n' });
    expect(clean.text).toBe('Acme Motors bought Beta Auto last year.\n\nThe deal closed in May.');
  });

  it('removes a line break between Chinese characters but keeps a space typed between them', () => {
    const clean = cleanArticle({ raw: '<p>甲公司为乙公司\n  代工。</p><h2>甲公司投产\u3000乙公司扩产</h2>' });
    expect(clean.text).toBe('甲公司为乙公司代工。\n\n甲公司投产 乙公司扩产');
  });

  it('joins the lines of wrapped prose but keeps short lines apart when the text is hard-wrapped', () => {
    const raw = 'Acme Motors\nBy Jane Doe\n\nAcme Motors said on Tuesday that it had agreed to build\ncars for Orion EV at its plant in the north of the country,\nstarting next year.\n\n甲公司表示，公司已与乙公司签署代工协议，双方将在今年\n下半年开始合作。';
    const clean = cleanArticle({ raw });
    expect(paragraphsOf(clean)).toEqual([
      'Acme Motors',
      'By Jane Doe',
      'Acme Motors said on Tuesday that it had agreed to build cars for Orion EV at its plant in the north of the country, starting next year.',
      '甲公司表示，公司已与乙公司签署代工协议，双方将在今年下半年开始合作。',
    ]);
  });

  it('keeps a short line once when the page prints it twice', () => {
    const clean = cleanArticle({ raw: 'Orion EV picks a builder\nJane Doe\n\nOrion EV picks a builder\n\nOrion EV picked Acme Motors.\n\nJane Doe' });
    expect(paragraphsOf(clean)).toEqual(['Orion EV picks a builder', 'Jane Doe', 'Orion EV picked Acme Motors.']);
    expect(clean.removed).toEqual([
      { text: 'Orion EV picks a builder', reason: 'repeated line' },
      { text: 'Jane Doe', reason: 'repeated line' },
    ]);
  });

  it('separates paragraphs by one blank line and collapses whitespace inside them, whatever the format', () => {
    for (const raw of [PAGE, MARKDOWN, PLAIN]) {
      const clean = cleanArticle({ raw });
      expect(clean.paragraphs.map((p) => clean.text.slice(p.start, p.end)).join('\n\n')).toBe(clean.text);
      for (const p of paragraphsOf(clean)) expect(p).toMatch(/^\S(?:.*\S)?$/);
      for (const p of paragraphsOf(clean)) expect(p).not.toMatch(/\s{2,}|\n/);
    }
  });

  it('uses the format it is told when the input says one', () => {
    const clean = cleanArticle({ raw: '# Not a heading\n\n<b>kept as written</b>', format: 'text' });
    expect(clean.format).toBe('text');
    expect(clean.text).toBe('# Not a heading\n\n<b>kept as written</b>');
  });
});

describe('intake/clean detectFormat', () => {
  it('tells HTML, Markdown and plain text apart when the input does not say', () => {
    expect(detectFormat('<div><p>One</p><p>Two</p></div>')).toBe('html');
    expect(detectFormat('# Heading\n\nSome text.')).toBe('markdown');
    expect(detectFormat('See [the report](https://example.com).')).toBe('markdown');
    expect(detectFormat('Acme Motors said so.\n\nOrion EV agreed.')).toBe('text');
    expect(detectFormat('Profits rose 3 < 4 percent.')).toBe('text');
  });
});

describe('intake/clean furnitureReason', () => {
  it('names the kind of furniture when a line is page furniture', () => {
    const cases: [string, string][] = [
      ['Leave a Reply', 'comment prompt'],
      ['Share this article', 'share buttons'],
      ['Facebook | Twitter | LinkedIn', 'share buttons'],
      ['分享到：微信 微博', 'share buttons'],
      ['Related articles', 'related links'],
      ['相关阅读：乙公司新工厂投产', 'related links'],
      ['Follow Example Wire on', 'follow prompt'],
      ['Sign up for our newsletter', 'follow prompt'],
      ['Tags: EV, Batteries', 'tag list'],
      ['Keywords: EV , Battery', 'tag list'],
      ['阅读量：3,204', 'page counter'],
      ['This site uses cookies to give you a better experience.', 'cookie notice'],
      ['ADVERTISEMENT', 'advertisement'],
      ['Copyright © 2024 Example Media. All rights reserved.', 'legal notice'],
      ['版权所有 © 示例传媒', 'legal notice'],
      ['本文版权归示例日报所有，未经授权不得转载。', 'legal notice'],
      ['【免责声明】本文仅代表作者个人观点。', 'legal notice'],
      ['Home > Autos > Electric', 'breadcrumb'],
      ['Back to top', 'page control'],
      ['www.example.com/story', 'lone link'],
      ['English', 'language switcher'],
      ['News | Autos | Tech | Opinion', 'menu'],
      ['Jane Doe is a reporter for Example Daily. Contact her at jane@example.com or follow her @janedoe.', 'author bio'],
    ];
    for (const [line, reason] of cases) expect([line, furnitureReason(line)]).toEqual([line, reason]);
  });

  it('names the Chinese page furniture a news site prints around an article', () => {
    const cases: [string, string][] = [
      ['分享到：', 'share buttons'], ['分享至：微信 微博', 'share buttons'], ['责任编辑：刘青', 'editor credit'], ['【责编：周宁】', 'editor credit'],
      ['来源：车界观察', 'source tag'], ['原标题：凯达汽车新工厂投产', 'source tag'], ['打开APP阅读', 'page control'], ['阅读原文', 'page control'],
      ['（完）', 'page control'], ['下一篇：蓝羽发布新车', 'page control'], ['长按识别二维码关注我们', 'follow prompt'], ['欢迎关注车界观察公众号', 'follow prompt'],
      ['声明：本文不构成投资建议', 'legal notice'],
    ];
    for (const [line, reason] of cases) expect([line, furnitureReason(line)]).toEqual([line, reason]);
    expect(furnitureReason('编辑部表示，凯达汽车将为蓝羽代工。')).toBeNull();
    expect(furnitureReason('文/周宁')).toBeNull();
  });

  it('returns null when a line is article text, even when it uses furniture words', () => {
    for (const line of [
      'Wang Li is the founder and chief editor of the company’s in-house magazine.',
      'Related party transactions with Acme Motors rose sharply last year, the filing shows.',
      'Follow the money, analysts said on Monday.',
      'Acme Motors shares rose after the company said it would build cars for Orion EV.',
      'The firm will share its plant with Beta Auto.',
      '甲公司将为乙公司代工生产新车型。',
      'By Jane Doe | Example Daily',
    ]) expect([line, furnitureReason(line)]).toEqual([line, null]);
  });
});
