// ClipboardGuard: secret copies are marked for clipboard managers, cleared after the delay only if
// the clipboard still holds them, never clearing what someone else copied, and cleared on exit.
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
    void init() { QApplication::clipboard()->clear(); }

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
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
