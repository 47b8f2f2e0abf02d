package compliance

import "regexp"

// railwayDigestRE: an image reference pinned by digest, <name>[:tag]@sha256:<64 hex>.
var railwayDigestRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._:/-]*@sha256:[0-9a-f]{64}$`)

// RailwayImageDigest: a Railway service deploys a container image pinned by its sha256
// digest: never an image by tag (a tag can be moved to other code), nor a repository
// branch (built from whatever the branch holds at deploy time).
var RailwayImageDigest = &Rule{
	ID: "railway-image-digest", Controls: []string{"164.312(c)(1)", "164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"railway_service"},
	Problem: "a Railway service does not deploy an image pinned by digest",
	Why: "what runs next to patient data must be exactly the reviewed build: a tag or a branch can point at other code tomorrow, " +
		"and nothing in the plan would show it (integrity, protection from malicious software, activity review).",
	Fix: "set source_image to <registry>/<repository>@sha256:<digest> (config services.<name>.railway.image), with no source_repo, " +
		"source_repo_branch, root_directory or config_path",
	Check: func(s *Stack, r *Resource) (Status, string) {
		image, repo := r.Attrs["source_image"], str(r.Attrs["source_repo"])
		switch {
		case repo != "":
			return Fail, "source_repo " + repo + " (branch " + str(r.Attrs["source_repo_branch"]) + "): the service is built from a branch, not a pinned image"
		case image == nil || image == "":
			return Fail, "no source_image: whatever was last deployed by hand runs"
		case !isLiteral(image):
			return unresolved("source_image is pinned by digest", image)
		}
		return verdict(railwayDigestRE.MatchString(str(image)), "source_image %q is not pinned by digest (@sha256:<64 hex>)", str(image))
	},
}
