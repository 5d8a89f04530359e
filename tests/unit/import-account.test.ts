import { ImportAccountError, importEmail } from '../../seed/import/account';

describe('import account', () => {
  it('takes --as first, then LINKAGE_IMPORT_AS, lower-cased and trimmed as accounts store emails', () => {
    expect(importEmail({ flag: ' Ada@Example.com ', env: 'env@example.com' })).toBe('ada@example.com');
    expect(importEmail({ flag: null, env: 'Env@Example.com' })).toBe('env@example.com');
  });

  it('refuses an empty --as with a message that says how to give one', () => {
    expect(() => importEmail({ flag: '  ', env: undefined })).toThrow(ImportAccountError);
    expect(() => importEmail({ flag: '', env: undefined })).toThrow('--as needs an email');
  });

  it('refuses a LINKAGE_IMPORT_AS that is set but empty instead of guessing', () => {
    expect(() => importEmail({ flag: null, env: '' })).toThrow('LINKAGE_IMPORT_AS is set but empty');
  });

  it('refuses the old LINKAGE_EDITOR, saying what replaced it, and refuses when nothing names an account', () => {
    expect(() => importEmail({ flag: null, env: undefined, oldEnv: 'Ada Lovelace' })).toThrow('LINKAGE_EDITOR was replaced by LINKAGE_IMPORT_AS=EMAIL');
    expect(() => importEmail({ flag: null, env: undefined })).toThrow('Cannot tell who is importing');
  });
});
