// The end-to-end tests' own little servers: listen on 127.0.0.1 on a port the system picks, and close for good.

/**
 * Starts `server` on 127.0.0.1 (port 0) and gives its URL, the request log it was built with, and `close()`, which
 * also ends kept-alive connections so the test process can exit.
 * @param {import('node:http').Server} server
 * @param {unknown[]} requests
 */
export async function listenOnLoopback(server, requests) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
