#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# CHANGELOG.md (Keep a Changelog) to a Debian changelog, the format dpkg-parsechangelog and
# lintian read in a native package's /usr/share/doc/<package>/changelog.gz.
#   debian-changelog.sh CHANGELOG.md PACKAGE VERSION "MAINTAINER <address>" OUTPUT
# Every released section (## [X.Y.Z] - YYYY-MM-DD) becomes an entry, newest first; Unreleased is
# left out (it is in no release). Each ### group becomes "  * Group:" and each bullet a "- " line,
# wrapped below 80 columns; Markdown marks (`code`, **strong**, [links](...)) are taken out.
# Fails when the newest release is not VERSION, so the package and the changelog cannot disagree.
set -euo pipefail
(($# == 5)) || {
  echo "usage: debian-changelog.sh CHANGELOG.md PACKAGE VERSION MAINTAINER OUTPUT" >&2
  exit 2
}
input=$1 package=$2 version=$3 maintainer=$4 output=$5

LC_ALL=C awk -v package="$package" -v version="$version" -v maintainer="$maintainer" '
function fail(message) {
    print FILENAME ":" NR ": " message > "/dev/stderr"
    failed = 1
    exit 1
}
function plain(text) {
    gsub(/`/, "", text)
    gsub(/\*\*/, "", text)
    while (match(text, /\[[^]]*\]\([^)]*\)/)) {
        link = substr(text, RSTART, RLENGTH)
        sub(/\]\(.*$/, "", link)
        text = substr(text, 1, RSTART - 1) substr(link, 2) substr(text, RSTART + RLENGTH)
    }
    return text
}
# Prints text wrapped at 78 columns: the first line after lead, the others after indent.
function wrap(text, lead, indent,    words, n, i, line) {
    n = split(plain(text), words, /[ \t]+/)
    line = lead
    for (i = 1; i <= n; i++) {
        if (words[i] == "")
            continue
        if (line != lead && line != indent && length(line) + 1 + length(words[i]) > 78) {
            print line
            line = indent
        }
        line = (line == lead || line == indent) ? line words[i] : line " " words[i]
    }
    if (line != lead && line != indent)
        print line
}
function flush_bullet() {
    if (bullet != "")
        wrap(bullet, "    - ", "      ")
    bullet = ""
}
function close_entry() {
    flush_bullet()
    if (!open)
        return
    cmd = "date -u -R -d " date
    if ((cmd | getline stamp) <= 0)
        fail("cannot read the date " date)
    close(cmd)
    print ""
    print " -- " maintainer "  " stamp
    open = 0
}
/^## / {
    close_entry()
    released = 0
    if ($0 ~ /^## \[?Unreleased\]?[ \t]*$/)
        next
    if (!match($0, /^## \[?[0-9][0-9A-Za-z.+~-]*\]? - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][ \t]*$/))
        fail("a release heading is \"## [X.Y.Z] - YYYY-MM-DD\": " $0)
    heading = $0
    gsub(/^## \[?|\]? - .*$/, "", heading)
    date = $0
    sub(/^.* - /, "", date)
    sub(/[ \t]*$/, "", date)
    if (!entries++ && heading != version)
        fail("the newest release is " heading ", the project is " version)
    if (entries > 1)
        print ""
    print package " (" heading ") unstable; urgency=medium"
    released = open = 1
    group = 0
    next
}
!released { next }
/^### / {
    flush_bullet()
    title = $0
    sub(/^### +/, "", title)
    group++
    print ""
    print "  * " title ":"
    next
}
/^[-*] / {
    flush_bullet()
    if (!group) {
        print ""
        print "  * Changes:"
        group = 1
    }
    bullet = substr($0, 3)
    next
}
/^[ \t]+[^ \t]/ {
    if (bullet != "")
        bullet = bullet " " $0
    next
}
/^[ \t]*$/ { flush_bullet(); next }
{ fail("neither a heading nor a list item in a release: " $0) }
END {
    if (failed)
        exit 1
    close_entry()
    if (!entries)
        fail("no released section (## [X.Y.Z] - YYYY-MM-DD)")
}
' "$input" >"$output.tmp"
mv "$output.tmp" "$output"
