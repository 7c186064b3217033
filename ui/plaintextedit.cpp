// SPDX-License-Identifier: Apache-2.0
#include "ui/plaintextedit.h"

#include <QMimeData>

namespace keystage::ui {

void PlainTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || source->formats().isEmpty())
        return; // nothing to insert, and Qt 6.4 would read formats().first()
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace keystage::ui
