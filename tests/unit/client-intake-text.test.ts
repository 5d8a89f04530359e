// The stored article cut into highlights: claim passages (overlapping sentences as one) and the
// mentions inside them, with offsets into the text, so that the pieces are the text verbatim.
import { textBlocks } from '../../client/src/model/intakeText';
import { READING, S1, S2, TEXT } from './client-intake-fixtures';

const spans = READING.claims.map((c) => ({ start: c.start, end: c.end, key: c.key }));

describe('intake text highlights', () => {
  it('puts the text back together verbatim from its pieces', () => {
    const blocks = textBlocks(TEXT, spans, READING.mentions);
    expect(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join('')).toBe(TEXT);
    for (const b of blocks) for (const p of b.pieces) expect(TEXT.slice(p.start, p.end)).toBe(p.text);
  });

  it('makes one passage of the candidates that share a sentence, and plain text between passages', () => {
    const blocks = textBlocks(TEXT, spans, READING.mentions);
    expect(blocks.map((b) => [TEXT.slice(b.start, b.end), b.keys])).toEqual([[S1, ['c1']], ['\n\n', []], [S2, ['c3', 'c2']]]);
  });

  it('cuts a passage at its mentions, each marked with its entity and how it was found', () => {
    const passage = textBlocks(TEXT, spans, READING.mentions)[2];
    expect(passage?.pieces.filter((p) => p.mention).map((p) => [p.text, p.mention?.entityKey, p.mention?.via])).toEqual([
      ['Dongfeng Sun', 'e1', 'NAME'], ['Harbin Motors', 'e2', 'NAME'], ['its', 'e1', 'COREF'],
    ]);
  });

  it('merges partly overlapping spans, clips mentions and spans to the text, and highlights mentions outside passages', () => {
    const text = 'Alpha Motors and Beta Group signed. Gamma said nothing.';
    const blocks = textBlocks(text, [{ start: 0, end: 20, key: 'a' }, { start: 10, end: 35, key: 'b' }, { start: 50, end: 999, key: 'c' }], [
      { entityKey: 'x', start: 17, end: 27, text: 'Beta Group', sentence: 0, via: 'NAME' },
      { entityKey: 'y', start: 36, end: 41, text: 'Gamma', sentence: 1, via: 'NAME' },
    ]);
    expect(blocks.map((b) => [b.start, b.end, b.keys])).toEqual([[0, 35, ['a', 'b']], [35, 50, []], [50, text.length, ['c']]]);
    expect(blocks[1]?.pieces.map((p) => [p.text, p.mention?.entityKey ?? null])).toEqual([[' ', null], ['Gamma', 'y'], [text.slice(41, 50), null]]);
    expect(blocks.flatMap((b) => b.pieces.map((p) => p.text)).join('')).toBe(text);
  });

  it('leaves a text without candidates as plain text with its mentions', () => {
    const blocks = textBlocks(TEXT, [], READING.mentions);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.keys).toEqual([]);
    expect(blocks[0]?.pieces.filter((p) => p.mention)).toHaveLength(5);
  });
});
