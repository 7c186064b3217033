// SPDX-License-Identifier: Apache-2.0
#include "ui/secretvalueedit.h"

#include "ui/clipboardguard.h"

#include <QMimeData>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <utility>

namespace keystage::ui {

namespace {
constexpr QChar maskChar(0x2022); // the value panel's dot

bool isBreak(QChar c)
{
    return c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// The document's units as QTextDocument::toPlainText gives them.
QString plainOf(QStringView raw)
{
    QString out = raw.toString();
    for (QChar &c : out) {
        if (isBreak(c))
            c = u'\n';
        else if (c == QChar::Nbsp)
            c = u' ';
    }
    return out;
}
} // namespace

SecretValueEdit::SecretValueEdit(QWidget *parent)
    : PlainTextEdit(parent)
    , m_show(new QToolButton(this))
{
    setObjectName(QStringLiteral("valueEdit"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // No undo history inside the editor: it would keep copies of the value.
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Secret value"));
    setAccessibleDescription(tr("The value to store. It is sent once and then wiped; Keystage "
                                "never logs or saves it."));
    // Made here, so that it follows the editor in the focus chain: Tab from the value reaches it.
    m_show->setObjectName(QStringLiteral("showValueToggle"));
    m_show->setCheckable(true);
    m_show->setCursor(Qt::ArrowCursor);
    m_show->hide();
    connect(m_show, &QToolButton::toggled, this, [this](bool shown) { setMasked(!shown); });
    connect(document(), &QTextDocument::contentsChange, this, &SecretValueEdit::noteChange);
    connect(document(), &QTextDocument::contentsChanged, this, &SecretValueEdit::maskChanges);
}

SecretValueEdit::~SecretValueEdit()
{
    wipeString(m_real);
}

bool SecretValueEdit::isEmpty() const
{
    return document()->isEmpty();
}

int SecretValueEdit::length() const
{
    return document()->characterCount() - 1;
}

QString SecretValueEdit::lengthProblem() const
{
    return length() > maxLength ? tr("The value is longer than %1 characters.").arg(maxLength)
                                : QString();
}

QString SecretValueEdit::value() const
{
    return m_masked ? plainOf(m_real) : toPlainText();
}

void SecretValueEdit::wipe()
{
    {
        // Overwrite the document's text before dropping it, so the old block buffers hold no
        // value.
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        const int n = length();
        if (n > 0)
            setPlainText(QString(n, QLatin1Char('x')));
        clear();
    }
    wipeString(m_real);
    m_shown.clear();
    m_changeFrom = -1;
    // Masked again: the next value is typed unseen too.
    if (m_masking)
        m_show->setChecked(false);
}

void SecretValueEdit::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
}

void SecretValueEdit::enableMasking()
{
    if (m_masking)
        return;
    m_masking = true;
    m_show->show();
    setMasked(true);
}

void SecretValueEdit::setMasked(bool masked)
{
    if (!m_masking || masked == m_masked)
        return;
    QString raw = document()->toRawText();
    if (masked) {
        m_real = raw;
        QString shown = raw;
        for (QChar &c : shown) {
            if (!isBreak(c))
                c = maskChar;
        }
        m_masked = true;
        m_shown = shown;
        replaceDocument(shown);
    } else {
        m_masked = false;
        QString real = std::exchange(m_real, {});
        m_shown.clear();
        replaceDocument(real);
        wipeString(real);
    }
    wipeString(raw);
    m_changeFrom = -1;
    Qt::InputMethodHints hints = inputMethodHints()
                                 & ~(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                     | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    if (m_masked) {
        hints |= Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                 | Qt::ImhNoAutoUppercase;
    }
    setInputMethodHints(hints);
    {
        const QSignalBlocker block(m_show);
        m_show->setChecked(!m_masked);
    }
    updateShowButton();
    Q_EMIT maskedChanged(m_masked);
}

void SecretValueEdit::replaceDocument(const QString &text)
{
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    QTextCursor own = textCursor();
    const int position = own.position();
    const int anchor = own.anchor();
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.insertText(text);
    const int end = document()->characterCount() - 1;
    own.setPosition(qBound(0, anchor, end));
    own.setPosition(qBound(0, position, end), QTextCursor::KeepAnchor);
    setTextCursor(own);
}

void SecretValueEdit::noteChange(int position, int removed, int added)
{
    if (m_syncing || !m_masked)
        return;
    if (m_changeFrom < 0) {
        m_changeFrom = position;
        m_changeRemoved = removed;
        m_changeAdded = added;
        return;
    }
    // Two changes before the document settled: compare the whole text (maskChanges trims).
    m_changeFrom = 0;
    m_changeRemoved = int(m_shown.size());
    m_changeAdded = document()->characterCount();
}

void SecretValueEdit::maskChanges()
{
    if (m_syncing || !m_masked)
        return;
    QString raw = document()->toRawText();
    if (m_changeFrom < 0) {
        // A change Qt did not report by position (a document cleared and refilled): the whole
        // text is compared.
        if (raw == m_shown)
            return;
        m_changeFrom = 0;
        m_changeRemoved = int(m_shown.size());
        m_changeAdded = int(raw.size());
    }
    int from = m_changeFrom;
    int removed = m_changeRemoved;
    int added = m_changeAdded;
    m_changeFrom = -1;
    // The range Qt reports may reach the document's last paragraph separator, which the raw text
    // leaves out; a range that does not add up is replaced by the whole text.
    from = qBound(0, from, int(qMin(m_shown.size(), raw.size())));
    removed = qBound(0, removed, int(m_shown.size()) - from);
    added = qBound(0, added, int(raw.size()) - from);
    if (m_shown.size() - removed + added != raw.size()) {
        from = 0;
        removed = int(m_shown.size());
        added = int(raw.size());
    }
    // What did not change at either end of the range is kept as it was.
    const QStringView before = QStringView(m_shown).mid(from, removed);
    const QStringView after = QStringView(raw).mid(from, added);
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    from += int(head);
    removed = int(before.size() - head - tail);
    added = int(after.size() - head - tail);

    QString typed = raw.mid(from, added);
    m_real.replace(from, removed, typed);
    m_shown = raw;
    wipeString(raw);
    // Each run of typed characters becomes dots; line breaks stay, so lines stay lines.
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    QTextCursor own = textCursor();
    const int position = own.position();
    const int anchor = own.anchor();
    bool replaced = false;
    for (int i = 0; i < typed.size();) {
        if (isBreak(typed[i]) || typed[i] == maskChar) {
            ++i;
            continue;
        }
        int j = i;
        while (j < typed.size() && !isBreak(typed[j]) && typed[j] != maskChar)
            ++j;
        QTextCursor run(document());
        run.setPosition(from + i);
        run.setPosition(from + j, QTextCursor::KeepAnchor);
        run.insertText(QString(j - i, maskChar));
        for (int k = i; k < j; ++k)
            m_shown[from + k] = maskChar;
        replaced = true;
        i = j;
    }
    wipeString(typed);
    if (replaced) {
        own.setPosition(anchor);
        own.setPosition(position, QTextCursor::KeepAnchor);
        setTextCursor(own);
    }
}

QMimeData *SecretValueEdit::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    // Masked, the selection's dots stand for the value: what leaves is the value, guarded.
    QString text
            = m_masked ? plainOf(QStringView(m_real).mid(
                      cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()))
                       : cursor.selection().toPlainText();
    QMimeData *data = m_guard ? m_guard->handOut(text) : ClipboardGuard::secretMimeData(text);
    wipeString(text);
    return data;
}

void SecretValueEdit::resizeEvent(QResizeEvent *event)
{
    PlainTextEdit::resizeEvent(event);
    placeShowButton();
}

void SecretValueEdit::placeShowButton()
{
    if (!m_masking)
        return;
    const int frame = frameWidth();
    const QSize size = m_show->sizeHint();
    m_show->setGeometry(width() - frame - size.width() - 2, frame + 2, size.width(), size.height());
}

void SecretValueEdit::updateShowButton()
{
    m_show->setText(m_masked ? tr("Show") : tr("Hide"));
    m_show->setToolTip(m_masked ? tr("Show the value while you type it")
                                : tr("Hide the value again"));
    m_show->setAccessibleName(m_masked ? tr("Show the value") : tr("Hide the value"));
    // The text keeps clear of the button, whichever its label.
    setViewportMargins(0, 0, m_show->sizeHint().width() + 4, 0);
    placeShowButton();
}

void SecretValueEdit::wipeString(QString &text)
{
    text.fill(QChar(u'\0')); // in place when this is the only copy

    text.clear();
}

} // namespace keystage::ui
