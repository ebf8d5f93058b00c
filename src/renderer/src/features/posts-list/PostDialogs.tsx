import type { PostSummary, Workspace } from "../../../../shared/model/post";
import { fileStem } from "../../../../shared/post/fields";
import { ConfirmDialog } from "../../app/ConfirmDialog";
import { TextPromptDialog } from "../../app/TextPromptDialog";
import type { PostCommands } from "./post-commands";

/** Which dialog is open, and for which post. */
export type PostDialogRequest =
  | { readonly kind: "create" }
  | { readonly kind: "rename"; readonly post: PostSummary; readonly returnFocus: HTMLElement | null }
  | { readonly kind: "delete"; readonly post: PostSummary; readonly returnFocus: HTMLElement | null };

interface PostDialogProps {
  readonly request: PostDialogRequest;
  readonly commands: PostCommands;
  readonly trash: Workspace["trash"];
  readonly onDone: () => void;
}

/** The dialogs the posts list opens: a new post's title, a new file name, and the confirmation of a delete. */
export function PostDialog({ request, commands, trash, onDone }: PostDialogProps) {
  switch (request.kind) {
    case "create":
      return (
        <TextPromptDialog
          title="New post"
          label="Title"
          confirmLabel="Create"
          onCancel={onDone}
          onConfirm={async (title) => {
            await commands.create(title);
            onDone();
          }}
        />
      );
    case "rename":
      return (
        <TextPromptDialog
          title={`Rename “${request.post.title}”`}
          label="File name"
          initialValue={fileStem(request.post.id)}
          confirmLabel="Rename"
          returnFocus={request.returnFocus}
          onCancel={onDone}
          onConfirm={async (fileName) => {
            await commands.rename(request.post, fileName);
            onDone();
          }}
        />
      );
    case "delete": {
      const where = trash === "system" ? "the trash" : "the .trash folder inside your posts folder";
      return (
        <ConfirmDialog
          title={`Delete “${request.post.title}”?`}
          confirmLabel={trash === "system" ? "Move to trash" : "Move to .trash folder"}
          returnFocus={request.returnFocus}
          onCancel={onDone}
          onConfirm={async () => {
            await commands.remove(request.post);
            onDone();
          }}
        >
          <p>
            The file <code>{request.post.id}</code> will be moved to {where}. You can get it back from there.
          </p>
        </ConfirmDialog>
      );
    }
  }
}
