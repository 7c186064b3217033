// SPDX-License-Identifier: Apache-2.0
// The value editor of New secret and New version types masked, as a password field does: the
// screen (and anything reading the widget's text: accessibility, input methods) shows one dot per
// character and the line breaks, the value itself is kept whole (newlines included); a Show /
// Hide button, reached by Tab and worked by Space or the mouse, shows and hides it; wipe() masks
// it again. Copies of a masked selection carry the value, marked as a password.
#include "ui/clipboardguard.h"
#include "ui/secretvalueedit.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using keystage::ui::SecretValueEdit;

namespace {
const QChar dot(0x2022);

QString dots(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        if (c != u'\n')
            c = dot;
    }
    return out;
}
} // namespace

class TestSecretValueEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_edit = new SecretValueEdit(m_window.get());
        m_edit->enableMasking();
        layout->addWidget(m_edit);
        m_after = new QToolButton(m_window.get());
        m_after->setObjectName(QStringLiteral("after"));
        m_after->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(m_after);
        m_window->resize(400, 200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_edit->setFocus();
        QTRY_VERIFY(m_edit->hasFocus());
    }

    void cleanup() { m_window.reset(); }

    void typedValueIsMaskedWithItsLines()
    {
        QVERIFY(m_edit->isMasked());
        QTest::keyClicks(m_edit, QStringLiteral("user: admin"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTest::keyClicks(m_edit, QStringLiteral("pass: s3cr3t!"));
        const QString typed = QStringLiteral("user: admin\npass: s3cr3t!");
        QCOMPARE(m_edit->value(), typed);
        QCOMPARE(m_edit->toPlainText(), dots(typed)); // what is drawn and read by others
        QCOMPARE(m_edit->document()->blockCount(), 2);
        QCOMPARE(m_edit->length(), int(typed.size()));
        QVERIFY(m_edit->inputMethodHints().testFlag(Qt::ImhHiddenText));

        // Editing inside the masked text: Backspace, a word typed over a selection, Home.
        QTest::keyClick(m_edit, Qt::Key_Backspace);
        QTest::keyClick(m_edit, Qt::Key_Home);
        QTest::keyClicks(m_edit, QStringLiteral(">"));
        QCOMPARE(m_edit->value(), QStringLiteral("user: admin\n>pass: s3cr3t"));
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(6);
        cursor.setPosition(11, QTextCursor::KeepAnchor); // "admin"
        m_edit->setTextCursor(cursor);
        QTest::keyClicks(m_edit, QStringLiteral("root"));
        QCOMPARE(m_edit->value(), QStringLiteral("user: root\n>pass: s3cr3t"));
        QCOMPARE(m_edit->toPlainText(), dots(m_edit->value()));
        QCOMPARE(m_edit->textCursor().position(), 10);
    }

    void pastedAndSetTextIsMaskedToo()
    {
        const QString json = QStringLiteral("{\n  \"password\": \"p@ss\"\n}\n");
        m_edit->setPlainText(json);
        QCOMPARE(m_edit->value(), json);
        QCOMPARE(m_edit->toPlainText(), dots(json));
        m_edit->clear();
        QVERIFY(m_edit->isEmpty());
        QCOMPARE(m_edit->value(), QString());

        QApplication::clipboard()->setText(QStringLiteral("line one\r\nline two"));
        QTest::keySequence(m_edit, QKeySequence::Paste);
        QCOMPARE(m_edit->value(), QStringLiteral("line one\nline two"));
        QCOMPARE(m_edit->toPlainText(), dots(m_edit->value()));
        QApplication::clipboard()->clear();
    }

    void showToggleWorksByKeyboardAndMouse()
    {
        QToolButton *show = m_edit->showButton();
        QVERIFY(show->isVisible());
        QCOMPARE(show->accessibleName(), QStringLiteral("Show the value"));
        QTest::keyClicks(m_edit, QStringLiteral("a b"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTest::keyClicks(m_edit, QStringLiteral("c"));
        QSignalSpy masked(m_edit, &SecretValueEdit::maskedChanged);

        // Tab from the value reaches the button; Space shows the value where the cursor was.
        QTest::keyClick(m_edit, Qt::Key_Tab);
        QTRY_VERIFY(show->hasFocus());
        QTest::keyClick(show, Qt::Key_Space);
        QCOMPARE(masked.count(), 1);
        QVERIFY(!m_edit->isMasked());
        QCOMPARE(m_edit->toPlainText(), QStringLiteral("a b\nc"));
        QCOMPARE(m_edit->value(), QStringLiteral("a b\nc"));
        QCOMPARE(show->accessibleName(), QStringLiteral("Hide the value"));
        QVERIFY(!m_edit->inputMethodHints().testFlag(Qt::ImhHiddenText));
        QCOMPARE(m_edit->textCursor().position(), 5);

        // Typed while shown, then hidden with the mouse: masked again, nothing lost.
        QTest::keyClick(show, Qt::Key_Tab); // on to the next widget
        QTRY_VERIFY(m_after->hasFocus());
        QTest::keyClick(m_after, Qt::Key_Tab, Qt::ShiftModifier); // and back
        QTRY_VERIFY(show->hasFocus());
        m_edit->moveCursor(QTextCursor::End);
        m_edit->insertPlainText(QStringLiteral("d"));
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(m_edit->isMasked());
        QCOMPARE(m_edit->toPlainText(), dots(QStringLiteral("a b\ncd")));
        QCOMPARE(m_edit->value(), QStringLiteral("a b\ncd"));
        QCOMPARE(show->accessibleName(), QStringLiteral("Show the value"));
    }

    void textKeepsClearOfTheButton()
    {
        const QRect button(m_edit->showButton()->geometry());
        const QRect text(m_edit->viewport()->geometry());
        QVERIFY2(!button.intersects(text), "the Show button covers the text");
        QVERIFY(m_edit->rect().contains(button));
    }

    void wipeMasksAgain()
    {
        m_edit->setPlainText(QStringLiteral("x1"));
        m_edit->showButton()->click();
        QVERIFY(!m_edit->isMasked());
        m_edit->wipe();
        QVERIFY(m_edit->isMasked());
        QVERIFY(m_edit->isEmpty());
        QCOMPARE(m_edit->value(), QString());
        QTest::keyClicks(m_edit, QStringLiteral("next"));
        QCOMPARE(m_edit->toPlainText(), dots(QStringLiteral("next")));
    }

    void aMaskedCopyCarriesTheValueMarked()
    {
        keystage::ui::ClipboardGuard guard;
        m_edit->setClipboardGuard(&guard);
        m_edit->setPlainText(QStringLiteral("first\nsecond"));
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(3);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        QTest::keySequence(m_edit, QKeySequence::Copy);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("st\nsec"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(guard.isCountingDown());
        guard.clearNow();
    }

    // On X11 a clipboard that no program owns (as after the guard cleared a copied value and the
    // copy's owner went away) offers data with no format at all. Qt 6.4's QPlainTextEdit crashed
    // (SIGSEGV) on the next Ctrl+V. A paste by key or by menu, and a drop, of nothing leave the
    // value as it was; the next real paste works.
    void pasteOfNothingChangesNothing()
    {
        m_edit->setPlainText(QStringLiteral("kept"));
        m_edit->moveCursor(QTextCursor::End);
        QApplication::clipboard()->setMimeData(new QMimeData); // what X11 reads from nobody

        QTest::keySequence(m_edit, QKeySequence::Paste);
        m_edit->paste(); // the context menu's Paste
        QMimeData nothing;
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &nothing, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_edit->viewport(), &drop);
        QCOMPARE(m_edit->value(), QStringLiteral("kept"));
        QCOMPARE(m_edit->toPlainText(), dots(QStringLiteral("kept")));

        QApplication::clipboard()->setText(QStringLiteral("+more"));
        QTest::keySequence(m_edit, QKeySequence::Paste);
        QCOMPARE(m_edit->value(), QStringLiteral("kept+more"));
        QApplication::clipboard()->clear();
    }

    // The value panel's and the compare dialog's views never asked for masking: no button, the
    // text as set.
    void unmaskedByDefault()
    {
        SecretValueEdit plain;
        plain.setPlainText(QStringLiteral("shown"));
        QVERIFY(!plain.isMasked());
        QVERIFY(plain.showButton()->isHidden());
        QCOMPARE(plain.toPlainText(), QStringLiteral("shown"));
    }

private:
    std::unique_ptr<QWidget> m_window;
    SecretValueEdit *m_edit = nullptr;
    QToolButton *m_after = nullptr;
};

QTEST_MAIN(TestSecretValueEdit)
#include "tst_secretvalueedit.moc"
