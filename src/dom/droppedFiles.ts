// What an author opens: one story file (JSON), or a story's sheets (CSV
// files, a folder of them, or a .zip), picked or dropped.

/** What an author gives: files, and folders dropped whole. */
export interface Opened {
  readonly files: readonly File[];
  readonly folders: readonly FileSystemDirectoryEntry[];
}

export const OPEN_ACCEPT = '.json,.csv,.tsv,.txt,.zip,application/json,text/csv,application/zip';

/** The one story file (JSON) given, or undefined when what was given is sheets. */
export function storyFileOf(opened: Opened): File | undefined {
  const [file, ...rest] = opened.files;
  return file && rest.length === 0 && opened.folders.length === 0 && !/\.(csv|tsv|txt|zip)$/i.test(file.name) ? file : undefined;
}

/** What a drop carries; entries must be taken while the drop event lasts. */
export function droppedItems(data: DataTransfer | null): Opened {
  const files: File[] = [];
  const folders: FileSystemDirectoryEntry[] = [];
  for (const item of data?.items ?? []) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = item.getAsFile();
    if (entry?.isDirectory) folders.push(entry as FileSystemDirectoryEntry);
    else if (file) files.push(file);
  }
  return { files, folders };
}
