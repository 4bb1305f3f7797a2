import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Locations inside the built app (out/main is __dirname at run time). */
export const paths = {
  preload: join(__dirname, '../preload/index.js'),
  rendererIndex: join(__dirname, '../renderer/index.html'),
  rendererRootUrl: pathToFileURL(join(__dirname, '../renderer')).href + '/',
  rendererIndexUrl: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
};

/** The centre's data lives in the user's app-data folder unless IMKON_DATA_DIR points elsewhere. */
export function dataDirFor(userDataPath: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.IMKON_DATA_DIR?.trim() || join(userDataPath, 'data');
}
