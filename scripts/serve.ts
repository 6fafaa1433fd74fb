// Serves the built app: `npm run serve [dir]` (PORT and HOST from the environment).
import { startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? 3000);
const root = process.argv[2] ?? 'out';
startStaticServer({ root, port, host: process.env.HOST ?? 'localhost' }).then(() =>
  console.log(`Dyplomacja is served from ${root}/ on http://localhost:${port}`),
);
