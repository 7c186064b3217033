// SPDX-License-Identifier: Apache-2.0
// ClipboardGuard: secret copies are marked for clipboard managers, cleared after the delay only if
// the clipboard still holds them, never clearing what someone else copied, and cleared on exit.
// Text handed out by a view (copy, drag, the X11 selection) is counted down and cleared the same
// way. Run offscreen and again under Xvfb (tst_clipboardguard_x11), where the X11 selection
// exists: there a copy is also put in the selection and cleared from it.
#include "ui/clipboardguard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using keystage::ui::ClipboardGuard;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QApplication::clipboard()->clear();
        if (QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->clear(QClipboard::Selection);
    }

    void marksTheCopyAsSecret()
    {
        ClipboardGuard guard;
        guard.copySecret(QStringLiteral("hunter2"));
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("hunter2"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
        QVERIFY(guard.holdsOurCopy());
        QCOMPARE(guard.remainingSeconds(), 30);
    }

    void clearsAfterTheDelay()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(2);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("s3cr3t-value"));
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.at(0).at(0).toInt(), 2);
        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        QCOMPARE(guard.remainingSeconds(), 0);
        QVERIFY(!guard.holdsOurCopy());
    }

    void leavesSomeoneElsesCopyAlone()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy replaced(&guard, &ClipboardGuard::replaced);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("s3cr3t-value"));
        QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        if (QApplication::clipboard()->supportsSelection()) {
            // The X11 selection still holds ours: that copy is still counted down...
            QCOMPARE(replaced.count(), 0);
            QVERIFY(guard.isCountingDown());
            // ...until the user selects something else too.
            QApplication::clipboard()->setText(QStringLiteral("their selection"),
                                               QClipboard::Selection);
        }
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(!guard.isCountingDown());
        guard.clearNow();
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void clearsOnDestructionAndQuit()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(QStringLiteral("on-exit"));
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("on-exit"));
        }
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        ClipboardGuard guard;
        guard.copySecret(QStringLiteral("on-quit"));
        QMetaObject::invokeMethod(qApp, "aboutToQuit"); // what QCoreApplication::exit emits
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void aNewCopyRestartsTheCountdown()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(5);
        guard.copySecret(QStringLiteral("first"));
        guard.copySecret(QStringLiteral("second"));
        QVERIFY(guard.holdsOurCopy());
        QCOMPARE(guard.remainingSeconds(), 5);
        guard.clearNow();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    // What a text view hands out (its Ctrl+C, a drag, a mouse selection) is marked like a copy,
    // starts the countdown and is cleared when it runs out, together with earlier copies.
    void aHandedOutSelectionIsCountedDownAndCleared()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QMimeData *mime = guard.handOut(QStringLiteral("part-of-it"));
        QCOMPARE(mime->text(), QStringLiteral("part-of-it"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(guard.isCountingDown());
        QVERIFY(!guard.holdsOurCopy()); // not on the clipboard yet (a drag never is)
        QApplication::clipboard()->setMimeData(mime);
        QVERIFY(guard.holdsOurCopy());
        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(!guard.isCountingDown());
    }

    // Under X11 a copy goes to the selection too, and both are cleared; a selection handed out
    // (a mouse selection in a view) is cleared even though the clipboard was never touched.
    void theX11SelectionIsClearedToo()
    {
        QClipboard *clipboard = QApplication::clipboard();
        if (!clipboard->supportsSelection())
            QSKIP("no X11 selection on this platform (tst_clipboardguard_x11 runs this)");
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("in-both"));
        QCOMPARE(clipboard->text(QClipboard::Clipboard), QStringLiteral("in-both"));
        QCOMPARE(clipboard->text(QClipboard::Selection), QStringLiteral("in-both"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(clipboard->text(QClipboard::Clipboard).isEmpty());
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());

        clipboard->setText(QStringLiteral("the user's own text"));
        clipboard->setMimeData(guard.handOut(QStringLiteral("selected-with-the-mouse")),
                               QClipboard::Selection);
        QVERIFY(guard.holdsOurCopy());
        QVERIFY(cleared.wait(5000));
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
        QCOMPARE(clipboard->text(QClipboard::Clipboard), QStringLiteral("the user's own text"));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
