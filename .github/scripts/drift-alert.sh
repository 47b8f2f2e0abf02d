#!/usr/bin/env bash
# Opens (or comments on) the open issue "Drift in <env>" labelled drift, mentioning the
# owners (repository variable DRIFT_OWNERS, e.g. "@healthhub/platform-team"), with the
# drift check's summary. Needs GH_TOKEN, GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_RUN_ID.
#
#   .github/scripts/drift-alert.sh <env> <summary-file>
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <env> <summary-file>" >&2; exit 2; }
env="$1" file="$2"
title="Drift in $env"
run="$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
body="${DRIFT_OWNERS:-The platform team}: the nightly drift check found $env different from its code (or could not plan it): $run"$'\n\n'"$(head -c 60000 "$file" 2>/dev/null || true)"
gh label create drift --color B60205 --description "Infrastructure differs from its code" >/dev/null 2>&1 || true
number=$(gh issue list --state open --label drift --search "\"$title\" in:title" --json number,title \
  --jq ".[] | select(.title == \"$title\") | .number" | head -n 1)
if [ -n "$number" ]; then
  gh issue comment "$number" --body "$body"
else
  gh issue create --title "$title" --label drift --body "$body"
fi
