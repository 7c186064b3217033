// SPDX-License-Identifier: Apache-2.0
// PlainTextEdit: QPlainTextEdit for every editable multi-line field of Keystage. In Qt 6.4.2 a
// QPlainTextEdit (and QTextEdit) crashes when it is given data that offers no format at all:
// paste() after QClipboard::clear() segfaults on xcb and offscreen alike, and that is what
// ClipboardGuard leaves after it clears a copied value, as is an X11 clipboard or mouse
// selection that no program owns. (Later Qt checks formats().size() before formats().first().)
// Data with no format (a paste by key, the context menu or the middle button, or a drop) is
// ignored here before Qt reads it; anything else goes to QPlainTextEdit.
#pragma once

#include <QPlainTextEdit>

namespace keystage::ui {

class PlainTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace keystage::ui
