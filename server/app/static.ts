// The page: client/dist at /, GraphiQL at GET /graphql for browsers, and a note when the client
// has not been built. Only the page's own routes answer with the page: any other path that is not
// a built file or an API route is a 404, so probes for /.env or a stale /assets/x.js get no HTML.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';

/** The page keeps its state in the query string, so its one route is the root. */
const PAGE_ROUTES = new Set(['/', '/index.html']);

const notBuilt = (what: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Linkage</title></head><body>` +
  `<h1>Linkage</h1><p>The ${what} has not been built yet. Run <code>npm run build:client</code> and reload.</p>` +
  `<p>The GraphQL API is at <code>POST /graphql</code>.</p></body></html>`;

function sendPage(res: Response, file: string, what: string): void {
  if (existsSync(file)) {
    res.set('Cache-Control', 'no-cache').sendFile(file);
  } else {
    res.status(200).type('html').send(notBuilt(what));
  }
}

/** A browser's GET /graphql (it wants HTML and sends no query) gets GraphiQL; clients go on to Apollo. */
export function mountGraphiql(app: Express, clientDist: string): void {
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) { next(); return; }
    sendPage(res, path.join(clientDist, 'graphiql.html'), 'GraphiQL page');
  });
}

/** Serves the built client's files and its page route; mounted after every API route. */
export function mountClient(app: Express, clientDist: string): void {
  app.use(express.static(clientDist, { index: false, fallthrough: true, dotfiles: 'ignore' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !PAGE_ROUTES.has(req.path)) { next(); return; }
    sendPage(res, path.join(clientDist, 'index.html'), 'page');
  });
}

/** The last route: whatever nothing else answered. */
export function notFound(_req: Request, res: Response): void {
  res.status(404).type('text/plain').send('Not found');
}
