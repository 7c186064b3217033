// SPDX-License-Identifier: Apache-2.0
#include "ui/secretvalueedit.h"

#include "ui/clipboardguard.h"

#include <QMimeData>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace keystage::ui {

SecretValueEdit::SecretValueEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("valueEdit"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // No undo history inside the editor: it would keep copies of the value.
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Secret value"));
    setAccessibleDescription(tr("The value to store. It is sent once and then wiped; Keystage "
                                "never logs or saves it."));
}

bool SecretValueEdit::isEmpty() const
{
    return document()->isEmpty();
}

int SecretValueEdit::length() const
{
    return document()->characterCount() - 1;
}

QString SecretValueEdit::value() const
{
    return toPlainText();
}

void SecretValueEdit::wipe()
{
    // Overwrite the document's text before dropping it, so the old block buffers hold no value.
    const int n = length();
    if (n > 0)
        setPlainText(QString(n, QLatin1Char('x')));
    clear();
}

void SecretValueEdit::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
}

QMimeData *SecretValueEdit::createMimeDataFromSelection() const
{
    const QString text = textCursor().selection().toPlainText();
    return m_guard ? m_guard->handOut(text) : ClipboardGuard::secretMimeData(text);
}

void SecretValueEdit::wipeString(QString &text)
{
    text.fill(QChar(u'\0')); // in place when this is the only copy

    text.clear();
}

} // namespace keystage::ui
