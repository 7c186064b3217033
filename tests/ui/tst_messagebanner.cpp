// SPDX-License-Identifier: Apache-2.0
// MessageBanner: a notice ("Secret x was created") goes by itself after its linger time; errors
// and warnings stay until dismissed, also when they replace a notice; a linger of 0 keeps notices
// too; an API error shows its reason, code, HTTP status and request id; as an overlay it moves
// nothing under it; an action button runs once and goes with the message.
#include "ui/messagebanner.h"

#include <QCursor>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

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

    // Floating over its host, the banner takes no room in the layout: a button under the pointer
    // stays where it was when a message comes and goes (it moved by ~45 px before).
    void anOverlayMovesNothing()
    {
        QWidget window;
        window.resize(500, 300);
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        banner->floatOver(&window);
        auto *button = new QPushButton(QStringLiteral("Refresh"), &window);
        layout->addWidget(button);
        layout->addStretch(1);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect before = button->geometry();
        banner->showMessage(MessageBanner::Level::Error,
                            QStringLiteral("The secrets could not be "
                                           "listed"),
                            QStringLiteral("Network unreachable\nCode CSMS.0001 · HTTP 503"));
        QCoreApplication::processEvents();
        QVERIFY(banner->isVisible());
        QCOMPARE(button->geometry(), before);
        // Along the bottom edge, inside the window, whole, above the other widgets.
        QVERIFY(window.rect().contains(banner->geometry()));
        QVERIFY(banner->geometry().bottom() >= window.height() - 16);
        for (QLabel *label : banner->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty()) {
                QVERIFY(banner->rect().contains(label->geometry()));
                QVERIFY(label->height() >= label->heightForWidth(label->width()));
            }
        }
        window.resize(420, 260);
        QTRY_COMPARE(banner->geometry().right(), window.width() - 9);
        banner->dismiss();
        QCoreApplication::processEvents();
        QCOMPARE(button->geometry(),
                 QRect(before.topLeft(), QSize(button->width(), before.height())));
    }

    void anActionRunsOnceAndGoesWithTheMessage()
    {
        QWidget window;
        auto *banner = new MessageBanner(&window);
        banner->floatOver(&window);
        window.resize(400, 200);
        window.show();
        int runs = 0;
        banner->showMessage(MessageBanner::Level::Error,
                            QStringLiteral("The local sandbox stopped"));
        banner->setAction(QStringLiteral("Restart"), [&runs]() { ++runs; });
        QVERIFY(banner->actionButton()->isVisible());
        QCOMPARE(banner->actionButton()->text(), QStringLiteral("Restart"));
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QCOMPARE(runs, 1);
        QVERIFY(banner->isHidden());
        // The next message has no button of the last one.
        banner->showMessage(MessageBanner::Level::Info, QStringLiteral("Secret a was created"));
        QVERIFY(!banner->actionButton()->isVisible());
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
