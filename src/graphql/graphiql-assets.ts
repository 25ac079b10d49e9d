import { createRequire } from 'node:module';
import path from 'node:path';

/** One file of the GraphiQL page: where it lies in node_modules and its media type. */
export interface GraphiQLAsset {
  file: string;
  contentType: string;
}

/** The page's files by the name it loads them under (`/graphiql/<name>`), each from a package's own build. */
const SOURCES: Record<string, [pkg: string, file: string, contentType: string]> = {
  'react.js': ['react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
  'graphiql.js': ['graphiql', 'graphiql.min.js', 'text/javascript; charset=utf-8'],
  'graphiql.css': ['graphiql', 'graphiql.min.css', 'text/css; charset=utf-8'],
};

/**
 * The GraphiQL page's files from the npm packages `graphiql`, `react` and `react-dom` (development
 * dependencies), or undefined when they are not installed (a production install).
 */
export function graphiqlAssets(): Map<string, GraphiQLAsset> | undefined {
  const require = createRequire(import.meta.url);
  try {
    return new Map(Object.entries(SOURCES).map(([name, [pkg, file, contentType]]) => {
      const root = path.dirname(require.resolve(`${pkg}/package.json`));
      return [name, { file: path.join(root, file), contentType }];
    }));
  } catch {
    return undefined;
  }
}
