import type { SearchPreview } from "../../../../shared/keywords";
import { localImagePath } from "../../../../shared/markdown/local-images";
import { useAssetUrl } from "../preview-pane/asset-urls";

/** How the post would look as a search result: title and description cut where search engines cut them. */
export function SearchResultPreview({ preview }: { preview: SearchPreview }) {
  return (
    <figure className="search-result" aria-label="Search result preview">
      <p className="search-result-url">{preview.breadcrumb}</p>
      <p className="search-result-title" title={preview.fullTitle}>
        {preview.title}
      </p>
      <p className="search-result-description">{preview.description ?? <span className="panel-note">No description yet.</span>}</p>
      {preview.descriptionFromText ? (
        <figcaption className="panel-note">
          No <code>description</code> in the front matter, so search engines pick text from the post, often the first paragraph.
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The card a link to the post makes on social sites (Open Graph): image, site, title and description. */
export function SocialCardPreview({ preview, postId }: { preview: SearchPreview; postId: string }) {
  const assetUrl = useAssetUrl();
  const local = preview.image === null ? null : localImagePath(postId, preview.image);
  const imageUrl = local !== null ? (assetUrl?.(local) ?? null) : preview.image !== null && /^https:\/\//i.test(preview.image) ? preview.image : null;
  return (
    <figure className="social-card" aria-label="Social card preview">
      {imageUrl !== null ? (
        <img className="social-card-image" src={imageUrl} alt="" />
      ) : (
        <div className="social-card-image is-empty">
          <span>
            No cover image: add <code>image</code> to the front matter.
          </span>
        </div>
      )}
      <div className="social-card-text">
        <p className="social-card-site">{preview.site ?? "your site"}</p>
        <p className="social-card-title">{preview.fullTitle}</p>
        {preview.fullDescription !== null ? <p className="social-card-description">{preview.fullDescription}</p> : null}
      </div>
    </figure>
  );
}
