// SPDX-License-Identifier: Apache-2.0
// installTranslators: Qt's own and Keystage's translations for a locale, used by the keystage
// executable and by the tests and tools that show its window. A language Keystage has no
// translation for (and the C locale) gets the English file: it holds the plural forms, so
// "%n secret(s)" reads "1 secret" and "3 secrets", never "3 secret(s)".
#pragma once

class QLocale;

namespace keystage::ui {

// Replaces the translators an earlier call installed. Keystage's come from :/i18n.
void installTranslators(const QLocale &locale);

} // namespace keystage::ui
