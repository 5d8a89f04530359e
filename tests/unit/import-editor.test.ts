import { EditorError, resolveEditor } from '../../seed/import/editor';
import type { EditorSources } from '../../seed/import/editor';

const sources = (over: Partial<EditorSources>): EditorSources => ({
  flag: null, env: undefined, gitUserName: () => 'Git Name', osUserName: () => 'osuser', ...over,
});

describe('import editor', () => {
  it('takes --editor first, then LINKAGE_EDITOR, then git user.name, then the OS user', () => {
    expect(resolveEditor(sources({ flag: ' Ada ', env: 'Env Name' }))).toBe('Ada');
    expect(resolveEditor(sources({ env: 'Env Name' }))).toBe('Env Name');
    expect(resolveEditor(sources({}))).toBe('Git Name');
    expect(resolveEditor(sources({ gitUserName: () => null }))).toBe('osuser');
  });

  it('refuses an empty --editor with a message that says how to give one', () => {
    expect(() => resolveEditor(sources({ flag: '  ' }))).toThrow(EditorError);
    expect(() => resolveEditor(sources({ flag: '' }))).toThrow('--editor needs a name');
  });

  it('refuses a LINKAGE_EDITOR that is set but empty instead of guessing', () => {
    expect(() => resolveEditor(sources({ env: '' }))).toThrow('LINKAGE_EDITOR is set but empty');
  });

  it('refuses when no source names anyone', () => {
    expect(() => resolveEditor(sources({ gitUserName: () => null, osUserName: () => '' }))).toThrow('Cannot tell who is importing');
  });
});
