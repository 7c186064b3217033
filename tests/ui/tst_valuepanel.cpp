// ValuePanel against a real csms-local: nothing is fetched until "Show value", the value is masked
// until revealed, JSON is pretty-printed, hiding wipes it, switching versions cancels and wipes,
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

        QSignalSpy states(&panel, &ValuePanel::stateChanged);
        auto *show = panel.findChild<QAbstractButton *>(QStringLiteral("showValueButton"));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(panel.state(), ValuePanel::State::Loading);
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        QVERIFY(!panel.isRevealed());
        QCOMPARE(panel.displayedText(), QString(ValuePanel::maskLength, QChar(0x2022)));
        QVERIFY(!panel.displayedText().contains(plainValue));
        assertNoWidgetShows(&panel, plainValue);
        QVERIFY2(!test::LogCapture::contains(plainValue), "the value reached a log line");

        // Reveal shows it; hiding wipes it.
        auto *reveal = panel.findChild<QAbstractButton *>(QStringLiteral("revealButton"));
        QVERIFY(reveal->isEnabled());
        reveal->click();
        QVERIFY(panel.isRevealed());
        QCOMPARE(panel.displayedText(), plainValue);
        reveal->click();
        QCOMPARE(panel.displayedText(), QString(ValuePanel::maskLength, QChar(0x2022)));

        QTest::mouseClick(show, Qt::LeftButton); // now "Hide value"
        QCOMPARE(panel.state(), ValuePanel::State::Hidden);
        QVERIFY(panel.displayedText().isEmpty());
        QVERIFY(!reveal->isEnabled());
        QVERIFY2(!test::LogCapture::contains(plainValue), "the value reached a log line");
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
        QVERIFY(!copy->isEnabled()); // nothing loaded, nothing to copy
        panel.fetchValue();
        QTRY_COMPARE(panel.state(), ValuePanel::State::Loaded);
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), plainValue);
        QVERIFY(clipboard.isCountingDown());
        QVERIFY(panel.displayedText() != plainValue); // still masked
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
