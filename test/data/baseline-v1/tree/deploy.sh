#!/bin/sh
# Mirrors the repository with a token pasted in years ago (accepted in the v1 baseline).
export GITHUB_TOKEN=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
git push --mirror "https://x-access-token:${GITHUB_TOKEN}@github.com/acme/mirror.git"
