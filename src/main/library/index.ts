/** The posts library's public surface: PostLibrary, its helpers for hosts, and the welcome post. */
export { writeFileAtomic } from "./atomic-write";
export { MAX_EDITABLE_BYTES } from "./decode";
export { type FileAction, fileErrorToApiError } from "./file-errors";
export { PostLibrary, type PostLibraryOptions } from "./post-library";
export { isMarkdownFileName, resolvePostPath } from "./post-paths";
export { FOLDER_TRASH_NAME, moveToFolderTrash, type TrashItem } from "./trash";
export type { PostsChangeListener, StopWatching } from "./watch";
export { type EnsuredPostsFolder, ensurePostsFolder } from "./welcome";
export { WELCOME_POST_FILE_NAME } from "./welcome-post";
