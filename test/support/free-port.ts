// A free loopback port for this test run's preview server. Several people (and agents) may run
// the e2e suite at once in one checkout; a fixed port would let one run use, then lose, another
// run's server.
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
