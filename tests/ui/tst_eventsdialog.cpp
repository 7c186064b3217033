// SPDX-License-Identifier: Apache-2.0
// EventsDialog (Secrets > Events…) against a real csms-local: create an event through the form
// (its local checks first), disable and enable it, subscribe the selected secret and see the
// notification a new version leaves, refuse to delete a subscribed event with the server's
// reason, delete it once unsubscribed; on a production profile every write asks first and a
// declined one sends nothing; the Secrets menu opens it.
#include "core/api/eventtypes.h"
#include "ui/events/eventeditdialog.h"
#include "ui/events/eventsdialog.h"
#include "ui/mainwindow.h"
#include "ui/profiles/productionguard.h"
#include "uisandbox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keystage;
using keystage::ui::EventEditDialog;
using keystage::ui::EventsDialog;
using keystage::ui::ProductionGuard;

class TestEventsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_eventsdialog"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("db"), QStringLiteral("one")));
    }

    void createSubscribeNotifyDelete()
    {
        EventsDialog dialog(m_client.get(), QStringLiteral("db"));
        QSignalSpy loaded(&dialog, &EventsDialog::eventsLoaded);
        QSignalSpy changed(&dialog, &EventsDialog::changeFinished);
        QSignalSpy opened(&dialog, &EventsDialog::editorOpened);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.eventList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.editButton()->isEnabled()); // nothing selected

        // New…: the form says what is missing before anything is sent.
        QTest::mouseClick(dialog.newButton(), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *editor = opened.at(0).at(0).value<EventEditDialog *>();
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->problem().contains(QLatin1String("name")));
        editor->nameEdit()->setText(QStringLiteral("ops alerts")); // a space: refused locally
        QVERIFY(!editor->saveButton()->isEnabled());
        editor->nameEdit()->setText(QStringLiteral("ops-alerts"));
        editor->targetIdEdit()->setText(QStringLiteral("urn:smn:cn-north-4:0123:ops"));
        editor->targetNameEdit()->setText(QStringLiteral("ops"));
        QVERIFY(editor->typeBox(QStringLiteral("SECRET_VERSION_CREATED"))->isChecked());
        editor->typeBox(QStringLiteral("SECRET_VERSION_CREATED"))->setChecked(false);
        QVERIFY(editor->problem().contains(QLatin1String("at least one")));
        editor->typeBox(QStringLiteral("SECRET_VERSION_CREATED"))->setChecked(true);
        editor->typeBox(QStringLiteral("SECRET_DELETED"))->setChecked(true);
        QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problem()));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).toBool(), true);
        QTRY_COMPARE(dialog.eventList()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dialog.eventList()->topLevelItem(0);
        QCOMPARE(row->text(EventsDialog::NameColumn), QStringLiteral("ops-alerts"));
        QCOMPARE(row->text(EventsDialog::StateColumn), QStringLiteral("Enabled"));
        QCOMPARE(row->text(EventsDialog::TypesColumn),
                 QStringLiteral("Version created, Secret deleted"));
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("created")));

        // Disable, then enable again.
        row->setSelected(true);
        QVERIFY(dialog.toggleButton()->isEnabled());
        QCOMPARE(dialog.toggleButton()->text().remove(u'&'), QStringLiteral("Disable"));
        QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(dialog.eventList()->topLevelItem(0)->text(EventsDialog::StateColumn),
                     QStringLiteral("Disabled"));
        QTRY_VERIFY(dialog.eventList()->topLevelItem(0)->isSelected()); // kept across reloads
        QTRY_COMPARE(dialog.toggleButton()->text().remove(u'&'), QStringLiteral("Enable"));
        QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(dialog.eventList()->topLevelItem(0)->text(EventsDialog::StateColumn),
                     QStringLiteral("Enabled"));
        const ApiResult<SecretEvent> shown
                = test::await(m_client->showEvent(QStringLiteral("ops-alerts")));
        QVERIFY(shown.ok() && shown->isEnabled());

        // Subscribe the secret: the server's secret now names the event.
        QSignalSpy subscribed(&dialog, &EventsDialog::subscriptionChanged);
        QTRY_VERIFY(dialog.subscriptionBox()->findData(QStringLiteral("ops-alerts")) > 0);
        QVERIFY(!dialog.subscribeButton()->isEnabled()); // nothing to apply yet
        dialog.subscriptionBox()->setCurrentIndex(
                dialog.subscriptionBox()->findData(QStringLiteral("ops-alerts")));
        QVERIFY(dialog.subscribeButton()->isEnabled());
        QTest::mouseClick(dialog.subscribeButton(), Qt::LeftButton);
        QVERIFY(subscribed.wait(10000));
        QCOMPARE(subscribed.at(0).at(0).toString(), QStringLiteral("db"));
        const ApiResult<Secret> secret = test::await(m_client->showSecret(QStringLiteral("db")));
        QCOMPARE(secret->eventSubscriptions, QStringList{QStringLiteral("ops-alerts")});
        QTRY_COMPARE(dialog.subscribedEvent(), QStringLiteral("ops-alerts"));

        // A new version of the subscribed secret: one notification record.
        CreateVersionRequest next;
        next.secretString = QStringLiteral("two");
        QVERIFY(test::await(m_client->createVersion(QStringLiteral("db"), next)).ok());
        QSignalSpy records(&dialog, &EventsDialog::recordsLoaded);
        dialog.refresh();
        QVERIFY(records.wait(10000));
        QCOMPARE(dialog.recordList()->topLevelItemCount(), 1);
        QTreeWidgetItem *record = dialog.recordList()->topLevelItem(0);
        QCOMPARE(record->text(1), QStringLiteral("ops-alerts"));
        QCOMPARE(record->text(2), QStringLiteral("Version created"));
        QCOMPARE(record->text(3), QStringLiteral("db"));
        QCOMPARE(record->text(4), QStringLiteral("Sent"));

        // Subscribed, the event cannot be deleted: the server's reason shows.
        QSignalSpy failed(&dialog, &EventsDialog::failed);
        QTRY_VERIFY(dialog.deleteButton()->isEnabled());
        dialog.eventList()->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).toBool(), false);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("subscribed")),
                 qPrintable(dialog.statusLabel()->text()));

        // Unsubscribe, then delete.
        QTRY_VERIFY(dialog.subscriptionBox()->isEnabled());
        dialog.subscriptionBox()->setCurrentIndex(0); // (no event)
        QTest::mouseClick(dialog.subscribeButton(), Qt::LeftButton);
        QVERIFY(subscribed.wait(10000));
        QTRY_VERIFY(dialog.deleteButton()->isEnabled());
        QTRY_COMPARE(dialog.eventList()->topLevelItemCount(), 1);
        dialog.eventList()->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).toBool(), true);
        QTRY_COMPARE(dialog.eventList()->topLevelItemCount(), 0);
    }

    void productionAsksBeforeEveryWrite()
    {
        Profile profile = ui::SandboxProfile::profile(m_server.baseUrl());
        profile.production = true;
        CsmsClient client(&m_nam, profile, ui::SandboxProfile::credentials());
        QVERIFY(test::await(client.createEvent([] {
                    SecretEventRequest r;
                    r.name = QStringLiteral("prod-event");
                    r.eventTypes = QStringList{QStringLiteral("SECRET_ROTATED")};
                    r.enabled = true;
                    r.target = EventTarget{QStringLiteral("SMN"), QStringLiteral("urn:smn:r:p:t"),
                                           QStringLiteral("t")};
                    return r;
                }()))
                        .ok());
        QSignalSpy calls(&client, &CsmsClient::callFinished);
        EventsDialog dialog(&client, QStringLiteral("db"));
        QSignalSpy loaded(&dialog, &EventsDialog::eventsLoaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!dialog.subscriptionBox()->currentText().isEmpty());
        QTRY_COMPARE(calls.count(), 3); // events, records, the secret
        dialog.eventList()->topLevelItem(0)->setSelected(true);

        // Declined: nothing is sent, the buttons come back.
        ProductionGuard::setNextAnswerForTesting(false);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(dialog.deleteButton()->isEnabled());
        ProductionGuard::setNextAnswerForTesting(false);
        QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
        dialog.subscriptionBox()->setCurrentIndex(
                dialog.subscriptionBox()->findData(QStringLiteral("prod-event")));
        ProductionGuard::setNextAnswerForTesting(false);
        QTest::mouseClick(dialog.subscribeButton(), Qt::LeftButton);
        QCOMPARE(calls.count(), 3);
        QVERIFY(test::await(client.showEvent(QStringLiteral("prod-event"))).ok());

        // Confirmed: written.
        QSignalSpy changed(&dialog, &EventsDialog::changeFinished);
        ProductionGuard::setNextAnswerForTesting(true);
        QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
        QVERIFY(changed.wait(10000));
        QVERIFY(!test::await(client.showEvent(QStringLiteral("prod-event")))->isEnabled());
        ProductionGuard::setNextAnswerForTesting(std::nullopt);
    }

    void closesWithItsClient()
    {
        auto client = test::uiClient(&m_nam, m_server);
        EventsDialog dialog(client.get(), QString());
        QSignalSpy loaded(&dialog, &EventsDialog::eventsLoaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!dialog.subscriptionBox()->isEnabled()); // no secret selected
        QVERIFY(!dialog.subscribeButton()->isEnabled());
        client.reset(); // another profile, or the sandbox stopped
        QVERIFY(!dialog.isVisible());
    }

    void secretsMenuOpensIt()
    {
        ui::MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setClient(m_client.get());
        QTRY_VERIFY(!window.currentSecretName().isEmpty());
        auto *action = window.findChild<QAction *>(QStringLiteral("eventsAction"));
        QVERIFY(action);
        QSignalSpy opened(&window, &ui::MainWindow::dialogOpened);
        action->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<EventsDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &EventsDialog::subscriptionLoaded);
        QVERIFY(loaded.wait(10000)); // the selected secret's subscription
        dialog->close();
        window.setClient(nullptr);
    }

private:
    QTemporaryDir m_settingsDir;
    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestEventsDialog)
#include "tst_eventsdialog.moc"
