// A TCP forwarder in front of the test Neo4j that a test can switch off (the port refuses
// connections and open ones are cut, as when Neo4j dies), to a black hole (connections are
// accepted and never answered, as when Neo4j hangs) and on again, so that an outage and the
// recovery from it happen to the real database without stopping it for the other test files.
import net from 'node:net';

export type SwitchMode = 'on' | 'off' | 'blackhole';

export interface TcpSwitch {
  /** bolt://127.0.0.1:<port>, to give a Db instead of the test Neo4j's own address. */
  uri: string;
  set(mode: SwitchMode): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpSwitch(target: string): Promise<TcpSwitch> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<net.Socket>();
  let mode: SwitchMode = 'on';
  let server: net.Server | null = null;
  let port = 0;

  const listen = async (): Promise<void> => {
    const s = net.createServer((client) => {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => undefined);
      if (mode === 'blackhole') return;
      const upstream = net.connect(Number(targetPort), hostname);
      sockets.add(upstream);
      upstream.on('close', () => { sockets.delete(upstream); client.destroy(); });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => { s.off('error', reject); resolve(); });
    });
    port = (s.address() as net.AddressInfo).port;
    server = s;
  };
  const unlisten = async (): Promise<void> => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  return {
    uri: `bolt://127.0.0.1:${port}`,
    async set(next) {
      if (next === mode) return;
      await unlisten();
      mode = next;
      if (next !== 'off') await listen();
    },
    close: unlisten,
  };
}
