// SPDX-License-Identifier: Apache-2.0
// indentJson: the pretty view of a JSON secret value that changes nothing but the whitespace. Keys
// keep their order (duplicates included), numbers and strings keep their spelling ("1.0", "-0",
// 12345678901234567890, "\u00e9", "\/"); only the whitespace between tokens is replaced: four
// spaces an indentation level, a line for each member or element, "key": value, and {} and [] for
// empty containers. QJsonDocument::toJson would sort the keys and respell the numbers and strings.
//
// What counts as JSON is what QJsonDocument::fromJson accepts for an object or an array (the same
// lenient numbers and escapes, the same nesting limit), checked by JsonScanner on a UTF-8 copy of
// the text. The values are secrets: every buffer made here is wiped before it is freed, and the
// result is allocated once at its final size, so no reallocation leaves a copy behind; the caller
// wipes the result (SecretValueEdit::wipeString).
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace keystage::codec {

// True when text is a JSON object or array (as QJsonDocument::fromJson(text.toUtf8()) reads it).
bool isJsonContainer(QStringView text);

// The text indented, or nullopt when it is not a JSON object or array.
std::optional<QString> indentJson(QStringView text);

} // namespace keystage::codec
