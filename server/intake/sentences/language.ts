// A sentence's language: Chinese when Han characters carry as much of it as Latin words do (one
// character is roughly a third of an English word's letters), so "星河汽车（Orion）宣布…" is Chinese
// and "Orion (星河) said…" is English.
import type { Language } from '../types';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

export function languageOf(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
