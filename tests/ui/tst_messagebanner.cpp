// MessageBanner: a notice ("Secret x was created") goes by itself after its linger time; errors
// and warnings stay until dismissed, also when they replace a notice; a linger of 0 keeps notices
// too; an API error shows its reason, code, HTTP status and request id.
#include "ui/messagebanner.h"

#include <QCursor>
#include <QSignalSpy>
#include <QTest>

using keystage::ApiError;
using keystage::ui::MessageBanner;

class TestMessageBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticesGoByThemselves()
    {
        // In a window away from the mouse pointer (a notice under the pointer stays: below).
        QCursor::setPos(5, 5);
        QWidget window;
        window.setGeometry(200, 200, 400, 100);
        auto *banner = new MessageBanner(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(banner->noticeLingerMs(), 8000);
        banner->setNoticeLingerMs(50);
        QSignalSpy dismissed(banner, &MessageBanner::dismissed);
        banner->showMessage(MessageBanner::Level::Info, QStringLiteral("Secret a was created"));
        QVERIFY(banner->isVisible());
        QVERIFY(dismissed.wait(5000));
        QVERIFY(banner->isHidden());

        // Under the pointer it waits for the pointer to leave: the user may be reading it.
        banner->showMessage(MessageBanner::Level::Info, QStringLiteral("Secret b was created"));
        banner->setAttribute(Qt::WA_UnderMouse, true);
        QVERIFY(!dismissed.wait(300));
        QVERIFY(banner->isVisible());
        banner->setAttribute(Qt::WA_UnderMouse, false);
        QVERIFY(dismissed.wait(5000));
    }

    void errorsAndWarningsStay()
    {
        MessageBanner banner;
        banner.setNoticeLingerMs(50);
        QSignalSpy dismissed(&banner, &MessageBanner::dismissed);
        for (const auto level : {MessageBanner::Level::Error, MessageBanner::Level::Warning}) {
            // A notice first, then the error in its place: the notice's countdown must not take
            // the error away.
            banner.showMessage(MessageBanner::Level::Info, QStringLiteral("notice"));
            banner.showMessage(level, QStringLiteral("Moving BETA failed"));
            QVERIFY(!dismissed.wait(300));
            QVERIFY(banner.isVisible());
            QCOMPARE(banner.headline(), QStringLiteral("Moving BETA failed"));
        }
        banner.dismiss();
        QCOMPARE(dismissed.count(), 1);
    }

    void noLingerKeepsNotices()
    {
        MessageBanner banner;
        banner.setNoticeLingerMs(0);
        QCOMPARE(banner.noticeLingerMs(), 0);
        QSignalSpy dismissed(&banner, &MessageBanner::dismissed);
        banner.showMessage(MessageBanner::Level::Info, QStringLiteral("notice"));
        QVERIFY(!dismissed.wait(300));
        QVERIFY(banner.isVisible());
    }

    void apiErrorsNameCodeAndRequestId()
    {
        MessageBanner banner;
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.httpStatus = 400;
        error.code = QStringLiteral("CSMS.0407");
        error.requestId = QStringLiteral("7f00aa");
        error.message = QStringLiteral("Stage SYSCURRENT is built in and cannot be deleted");
        banner.showError(QStringLiteral("Deleting SYSCURRENT failed"), error);
        QCOMPARE(banner.level(), MessageBanner::Level::Error);
        QVERIFY(banner.detail().startsWith(error.message));
        QVERIFY(banner.detail().contains(QStringLiteral("Code CSMS.0407")));
        QVERIFY(banner.detail().contains(QStringLiteral("HTTP 400")));
        QVERIFY(banner.detail().contains(QStringLiteral("Request id 7f00aa")));
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
