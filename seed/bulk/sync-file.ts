// An append-only file written synchronously through a buffer. The bulk writers produce gigabytes
// from synchronous loops (the generator, the CSV converter); an fs.WriteStream would buffer all of
// it in memory unless every write awaited a drain, so they write in blocks with writeSync instead,
// which keeps memory to one block per open file.
import fs from 'node:fs';

const BLOCK = 1 << 20;

export class SyncFile {
  private fd: number;
  private chunks: string[] = [];
  private pending = 0;
  /** Bytes written to the file so far (UTF-8; the open block not yet counted). */
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'w');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending >= BLOCK) this.flush();
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const buf = Buffer.from(this.chunks.join(''), 'utf8');
    this.bytes += buf.length;
    let at = 0;
    while (at < buf.length) at += fs.writeSync(this.fd, buf, at);
    this.chunks = [];
    this.pending = 0;
  }

  close(): void {
    if (this.fd < 0) return;
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}
