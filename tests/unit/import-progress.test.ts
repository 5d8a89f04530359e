import { progressBar, renderBar } from '../../seed/import/progress';

function recorder(isTTY: boolean): { stream: { write: (t: string) => void; isTTY: boolean }; text: () => string } {
  const parts: string[] = [];
  return { stream: { write: (t) => void parts.push(t), isTTY }, text: () => parts.join('') };
}

describe('import progress', () => {
  it('renders a bar with the share done, a percentage and counts', () => {
    expect(renderBar('Writing', 250, 1000, 20)).toBe('Writing [#####---------------]  25% 250/1000');
    expect(renderBar('Writing', 1000, 1000, 4)).toBe('Writing [####] 100% 1000/1000');
  });

  it('redraws one line on a terminal and ends it when done', () => {
    const out = recorder(true);
    const bar = progressBar(out.stream, 10);
    bar.start('Writing', 20);
    bar.advance(10);
    bar.advance(10);
    bar.finish();
    expect(out.text().split('\r').filter(Boolean)).toHaveLength(3);
    expect(out.text().endsWith('100% 20/20\n')).toBe(true);
  });

  it('prints at most one line per tenth in a log', () => {
    const out = recorder(false);
    const bar = progressBar(out.stream, 10);
    bar.start('Writing', 1000);
    for (let i = 0; i < 100; i += 1) bar.advance(10);
    bar.finish();
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toContain('100% 1000/1000');
  });

  it('stays silent for small imports', () => {
    const out = recorder(true);
    const bar = progressBar(out.stream, 1000);
    bar.start('Writing', 999);
    bar.advance(999);
    bar.finish();
    expect(out.text()).toBe('');
  });
});
