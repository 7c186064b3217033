#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# tst_manpages: a manual page cannot drift from its program's --help.
#   check-manpages.sh PROGRAM PAGE [PROGRAM PAGE...]
# For each pair, the options PROGRAM --help prints and the options PAGE's OPTIONS section
# describes (each .TP entry's tag line) must be the same: the same long and short names, a value
# where --help shows one, and the value's name where --help gives a specific one (<NAME>, not the
# generic <value>). When man is installed, the page must also format without a groff warning
# (what lintian checks).
set -euo pipefail
export LC_ALL=C.UTF-8 LANGUAGE=

# One line per option: "--long -s VALUE", with "-" for no short name and "=" for a value whose
# name is generic, "" for none.
from_help() {
  "$1" --help | sed -nE 's/^  (-[a-zA-Z], )?(--[a-z0-9-]+)( <([^>]+)>)?( .*)?$/\2 \1|\4/p' |
    while IFS='|' read -r names value; do
      read -r long short <<<"${names//,/}"
      [[ $value == value ]] && value='='
      echo "$long ${short:--} $value"
    done | sort
}

from_page() {
  sed -nE '/^\.SH OPTIONS/,/^\.SH /p' "$1" | grep -A1 '^\.TP' | grep -v '^\.TP\|^--$' |
    while IFS= read -r tag; do
      tag=${tag//\\-/-}
      long=$(grep -oE -- '--[a-z0-9-]+' <<<"$tag" | head -n 1)
      short=$(grep -oE -- '(^|[ "])-[a-zA-Z]\b' <<<"$tag" | tr -d ' "' | head -n 1)
      value=
      if [[ $tag == .BI* ]]; then
        # .BI --name " VALUE": the value's name, or "=" where --help's is generic
        value=$(sed -E 's/^[^"]*" *([^"]*)".*$/\1/' <<<"$tag")
      fi
      echo "$long ${short:--} $value"
    done | sort
}

failed=0
while (($# >= 2)); do
  program=$1 page=$2
  shift 2
  help=$(from_help "$program")
  documented=$(from_page "$page")
  if [[ -z $help ]]; then
    echo "FAIL: $program --help lists no options"
    failed=1
    continue
  fi
  # A generic <value> in --help matches any value name in the page.
  generic=$(awk '$3 == "=" { print $1 }' <<<"$help")
  for long in $generic; do
    documented=$(awk -v l="$long" '$1 == l && $3 != "" { $3 = "=" } { print }' <<<"$documented")
  done
  documented=$(sort <<<"$documented" | sed 's/ $//')
  help=$(sed 's/ $//' <<<"$help")
  if [[ $help != "$documented" ]]; then
    echo "FAIL: ${page##*/} and ${program##*/} --help disagree (< --help, > the page):"
    diff <(echo "$help") <(echo "$documented") | grep '^[<>]' || true
    failed=1
  else
    echo "ok: ${page##*/} documents the $(wc -l <<<"$help") options of ${program##*/} --help"
  fi
  if command -v man >/dev/null; then
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
    if [[ -n $warnings ]]; then
      echo "FAIL: ${page##*/} formats with warnings:"
      echo "$warnings"
      failed=1
    fi
  else
    echo "note: man is not installed: ${page##*/} not checked for groff warnings"
  fi
done
exit "$failed"
