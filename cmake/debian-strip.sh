#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# CMAKE_STRIP of the package build (scripts/package): strips as Debian's dh_strip does, the
# compiler's .comment section included (lintian: binary-has-unneeded-section).
exec strip --remove-section=.comment --remove-section=.note --strip-unneeded "$@"
