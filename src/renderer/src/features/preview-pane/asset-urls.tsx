/** Tells the preview how this window loads a post's local images: Electron's asset scheme or browser mode's route. */
import { createContext, type ReactNode, use } from "react";
import type { AssetUrlOf } from "../../../../shared/api/assets";

const AssetUrlContext = createContext<AssetUrlOf | null>(null);

/** Makes `assetUrl` (from posts-folder path to URL) available to the preview below it. */
export function AssetUrlProvider({ assetUrl, children }: { assetUrl: AssetUrlOf; children: ReactNode }) {
  return <AssetUrlContext value={assetUrl}>{children}</AssetUrlContext>;
}

/** The window's asset URLs, or null without a provider (images then keep the `src` they were written with). */
export function useAssetUrl(): AssetUrlOf | null {
  return use(AssetUrlContext);
}
