// Saves generated content as a file through a temporary object URL (works offline, no server round trip).
export function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function stampedName(base: string, ext: string, now: Date = new Date()): string {
  return `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
}
