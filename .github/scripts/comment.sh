#!/usr/bin/env bash
# Posts a Markdown file as a comment on an issue or pull request, replacing the comment
# this script posted before with the same marker (one comment per environment, updated
# on every push). Needs GH_TOKEN, GITHUB_REPOSITORY.
#
#   .github/scripts/comment.sh <issue-or-pr-number> <marker> <file>
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <number> <marker> <file>" >&2; exit 2; }
number="$1" marker="<!-- $2 -->" file="$3"
body="$marker"$'\n'"$(head -c 60000 "$file")"
id=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$number/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | tail -n 1)
if [ -n "$id" ]; then
  gh api -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -f body="$body" >/dev/null
else
  gh api -X POST "repos/$GITHUB_REPOSITORY/issues/$number/comments" -f body="$body" >/dev/null
fi
