// Security headers on every answer, the page, GraphiQL and the API alike (helmet). The policy
// allows no inline or foreign script: the page and GraphiQL are built by Vite into module files
// served from here. Inline *styles* stay allowed because React, Cytoscape and GraphiQL set style
// attributes at run time; a style cannot run code. Nothing is loaded from another origin.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the favicon and Cytoscape's PNG export, blob: for downloads made in the page.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    // The page opens no cross-origin windows and embeds nothing foreign.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only means something over HTTPS, which a proxy in front of Linkage terminates.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
}
