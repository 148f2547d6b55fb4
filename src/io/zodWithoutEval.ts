// Imported for its effect, before any validation in the browser: zod runs without generated code, since the CSP forbids eval and zod's probe for it would report a violation.
import { z } from 'zod';

z.config({ jitless: true });
