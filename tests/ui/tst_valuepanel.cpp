// SPDX-License-Identifier: Apache-2.0
// ValuePanel against a real csms-local: nothing is fetched until Reveal (one toggle: Reveal fetches
// and shows, Hide wipes) or Copy (copies without showing); a revealed value hides itself after the
// delay and when the window is minimised; JSON is pretty-printed; switching versions cancels and
// wipes;
// copying (the Copy button, Ctrl+C on a selection, the X11 selection) goes through the
// ClipboardGuard, and the value never shows up in any widget text, tool tip, accessible name or
// log line while masked. Run offscreen and under Xvfb (tst_valuepanel_x11).
#include "ui/clipboardguard.h"
#include "ui/valuepanel.h"
#include "uisandbox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace keystage;
using keystage::ui::ValuePanel;

namespace {
const QString plainValue = QStringLiteral("pa55-word-Xq7!");
const QString jsonValue = QStringLiteral("{\"user\":\"app\",\"password\":\"J50n-s3cret\"}");
} // namespace

class TestValuePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("db-password"), plainValue));
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("db-json"), jsonValue));
    }

    void fetchesOnlyOnDemandAndMasks()
    {
        test::LogCapture logs;
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        QCOMPARE(panel.state(), ValuePanel::State::NoVersion);
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(panel.displayedText().isEmpty());

        // One toggle: Reveal fetches the value and shows it; Hide wipes it.
        auto *reveal = panel.findChild<QAbstractButton *>(QStringLiteral("revealButton"));
        QVERIFY(reveal && reveal->isEnabled());
        QVERIFY(!panel.findChild<QAbstractButton *>(QStringLiteral("showValueButton")));
        QCOMPARE(reveal->text(), QStringLiteral("Reveal"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(panel.state(), ValuePanel::State::Loading);
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        QVERIFY(panel.isRevealed());
        QCOMPARE(panel.displayedText(), plainValue);
        QCOMPARE(reveal->text(), QStringLiteral("Hide"));
        QVERIFY(reveal->isChecked());
        QVERIFY2(!test::LogCapture::contains(plainValue), "the value reached a log line");

        QTest::mouseClick(reveal, Qt::LeftButton); // Hide
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(!panel.isRevealed());
        QVERIFY(panel.displayedText().isEmpty());
        QCOMPARE(reveal->text(), QStringLiteral("Reveal"));
        QVERIFY(!reveal->isChecked());
        assertNoWidgetShows(&panel, plainValue);

        // Fetched without Reveal (the path Copy takes), the value stays masked.
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        QVERIFY(!panel.isRevealed());
        QCOMPARE(panel.displayedText(), QString(ValuePanel::maskLength, QChar(0x2022)));
        assertNoWidgetShows(&panel, plainValue);
        QVERIFY2(!test::LogCapture::contains(plainValue), "the value reached a log line");
    }

    // A revealed value hides itself (and is wiped) after the delay; the status line says why.
    void aRevealedValueHidesItself()
    {
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        QCOMPARE(panel.autoHideSeconds(), ValuePanel::defaultAutoHideSeconds);
        QCOMPARE(ValuePanel::defaultAutoHideSeconds, 60);
        panel.setClient(m_client.get());
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        panel.setRevealed(true);
        QTRY_VERIFY(panel.isRevealed() && panel.state() == ValuePanel::State::Loaded);
        QVERIFY(panel.autoHideRemainingMs() > 55'000);
        panel.setAutoHideSeconds(1);
        QTRY_COMPARE_WITH_TIMEOUT(panel.state(), ValuePanel::State::Hidden, 5000);
        QVERIFY(!panel.isRevealed());
        QVERIFY(panel.displayedText().isEmpty());
        auto *status = panel.findChild<QLabel *>();
        QVERIFY(status);
        bool said = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("Hidden after 1 second"));
        QVERIFY2(said, "the status line does not say why the value went away");

        // 0: stays until hidden by hand.
        panel.setAutoHideSeconds(0);
        panel.setRevealed(true);
        QTRY_VERIFY(panel.isRevealed());
        QCOMPARE(panel.autoHideRemainingMs(), -1);
    }

    // Minimising the window hides a revealed value.
    void minimisingHidesTheValue()
    {
        ui::ClipboardGuard clipboard;
        QWidget window;
        auto *panel = new ValuePanel(&clipboard, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        panel->setClient(m_client.get());
        panel->setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        panel->setRevealed(true);
        QTRY_VERIFY(panel->isRevealed() && panel->state() == ValuePanel::State::Loaded);
        window.setWindowState(Qt::WindowMinimized);
        QTRY_COMPARE(panel->state(), ValuePanel::State::Hidden);
        QVERIFY(panel->displayedText().isEmpty());
    }

    void prettyPrintsJson()
    {
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        panel.setVersion(QStringLiteral("db-json"), QStringLiteral("v1"));
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        QVERIFY(panel.valueIsJson());
        panel.setRevealed(true);
        QVERIFY(panel.isPrettyJson());
        // Indented as stored: "user" stays before "password" (QJsonDocument would sort them).
        QCOMPARE(panel.displayedText(),
                 QStringLiteral("{\n    \"user\": \"app\",\n    \"password\": \"J50n-s3cret\"\n}"));
        panel.setPrettyJson(false);
        QCOMPARE(panel.displayedText(), jsonValue);
    }

    void switchingVersionsWipesTheValue()
    {
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        panel.setRevealed(true);
        panel.setVersion(QStringLiteral("db-json"), QStringLiteral("v1"));
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(!panel.isRevealed());
        QVERIFY(panel.displayedText().isEmpty());

        // A switch while loading: the late answer is dropped.
        panel.fetchValue();
        QCOMPARE(panel.state(), ValuePanel::State::Loading);
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QTest::qWait(0);
        QTRY_VERIFY(m_client->inFlight() == 0 && m_client->queued() == 0);
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(panel.displayedText().isEmpty());
    }

    void copiesThroughTheGuard()
    {
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v1"));
        auto *copy = panel.findChild<QAbstractButton *>(QStringLiteral("copyValueButton"));
        // Copy fetches the value, copies it and wipes it again: it is never shown.
        QVERIFY(copy->isEnabled());
        QSignalSpy copied(&panel, &ValuePanel::valueCopied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(copied.wait(5000));
        QCOMPARE(QApplication::clipboard()->text(), plainValue);
        QVERIFY(clipboard.isCountingDown());
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(panel.displayedText().isEmpty());
        assertNoWidgetShows(&panel, plainValue);
        clipboard.clearNow();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    // A selection of the revealed value leaves only through the guard: Ctrl+C (and the X11
    // selection, where there is one) is marked as a password and cleared after the delay, like the
    // Copy button's copy. The masked value cannot be selected at all.
    void aSelectionLeavesThroughTheGuard()
    {
        ui::ClipboardGuard clipboard;
        clipboard.setClearDelaySeconds(1);
        QSignalSpy cleared(&clipboard, &ui::ClipboardGuard::cleared);
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        panel.setVersion(QStringLiteral("db-json"), QStringLiteral("v1"));
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        auto *view = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueView"));
        QVERIFY(view);
        QCOMPARE(view->textInteractionFlags(), Qt::NoTextInteraction);
        QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        view->selectAll();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
        QVERIFY(!clipboard.isCountingDown());

        panel.setRevealed(true);
        QVERIFY(view->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        QTest::keySequence(view, QKeySequence::SelectAll);
        QTest::keySequence(view, QKeySequence::Copy);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->text().contains(QStringLiteral("J50n-s3cret")));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.isCountingDown());
        if (QApplication::clipboard()->supportsSelection()) // Ctrl+A set the X11 selection
            QVERIFY(QApplication::clipboard()
                            ->text(QClipboard::Selection)
                            .contains(QStringLiteral("J50n-s3cret")));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        if (QApplication::clipboard()->supportsSelection())
            QVERIFY(QApplication::clipboard()->text(QClipboard::Selection).isEmpty());
    }

    void aMissingVersionFailsVisibly()
    {
        ui::ClipboardGuard clipboard;
        ValuePanel panel(&clipboard);
        panel.setClient(m_client.get());
        QSignalSpy errors(&panel, &ValuePanel::errorOccurred);
        panel.setVersion(QStringLiteral("db-password"), QStringLiteral("v9"));
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Failed);
        QCOMPARE(errors.count(), 1);
        const auto error = errors.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(panel.displayedText().isEmpty());
    }

private:
    static void assertNoWidgetShows(QWidget *root, const QString &value)
    {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QVERIFY(!w->toolTip().contains(value));
            QVERIFY(!w->accessibleName().contains(value));
            QVERIFY(!w->accessibleDescription().contains(value));
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY(!label->text().contains(value));
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                QVERIFY(!button->text().contains(value));
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                QVERIFY(!edit->toPlainText().contains(value));
        }
    }

    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestValuePanel)
#include "tst_valuepanel.moc"
