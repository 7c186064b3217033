// SPDX-License-Identifier: Apache-2.0
// The bulk delete dialog against a real csms-local: its button stays disabled until the number of
// secrets is typed, scheduled and immediate deletion do what they say on the server, failures are
// listed with their code and request id and can be retried, restore works, and the batch delete by
// instance reports total / deleted / failed.
#include "core/model/secretlistmodel.h"
#include "ui/bulkdeletedialog.h"
#include "ui/instancedeletedialog.h"
#include "uisandbox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace keystage;
using keystage::ui::BulkDeleteDialog;

class TestBulkDeleteDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
    }

    void theButtonWaitsForTheTypedNumber()
    {
        const QStringList names = makeSecrets(QStringLiteral("gate"), 3);
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("secretList"))->count(), 3);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("daysSpin"))->value(), 30);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("scheduledRadio"))->isChecked());
        QVERIFY(!start->isEnabled());
        for (const QString &wrong : {QStringLiteral("2"), QStringLiteral("yes"),
                                     QStringLiteral("33"), QStringLiteral("three")}) {
            confirm->setText(wrong);
            QVERIFY2(!start->isEnabled(), qPrintable(wrong));
            start->click(); // a disabled button does nothing
        }
        QTest::qWait(0);
        QVERIFY(!dialog.deleter()->isRunning());
        QCOMPARE(serverState(names.first()), QStringLiteral("ENABLED"));
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("3"));
        QVERIFY(start->isEnabled());
    }

    // Enter does what the dialog's state says: closes before the number is typed, starts once it
    // is, and while the run goes on does nothing, not even on a focused Cancel button.
    void enterStartsOnlyOnceTypedAndNeverCancels()
    {
        const QStringList names = makeSecrets(QStringLiteral("enter"), 3);
        {
            BulkDeleteDialog early(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
            early.show();
            auto *confirm = early.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
            QTest::keyClicks(confirm, QStringLiteral("2")); // wrong
            QTest::keyClick(confirm, Qt::Key_Return);
            QVERIFY(!early.isVisible());
            QCOMPARE(early.result(), int(QDialog::Rejected));
            QVERIFY(!early.deleter()->isRunning());
        }
        QCOMPARE(serverState(names.first()), QStringLiteral("ENABLED"));

        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QCOMPARE(dialog.focusWidget(), confirm); // "Delete, 3, Enter" needs no click
        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        QTest::keyClicks(confirm, QStringLiteral("3"));
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(dialog.deleter()->isRunning());
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::keyClick(close, Qt::Key_Return);
        QTest::keyClick(close, Qt::Key_Enter);
        QVERIFY(dialog.isVisible());
        QVERIFY(finished.wait());
        const auto summary = finished.at(0).at(0).value<BulkSummary>();
        QCOMPARE(summary.succeeded, 3);
        QCOMPARE(summary.notTried, 0);
        for (const QString &name : names)
            QCOMPARE(serverState(name), QStringLiteral("PENDING_DELETE"));
        QTest::keyClick(&dialog, Qt::Key_Return); // done: Enter closes
        QVERIFY(!dialog.isVisible());
    }

    // A secret already pending deletion among the selection: scheduling leaves it alone (no
    // CSMS.0107 failure, its own date kept, nothing to retry); immediate deletion counts it.
    void alreadyScheduledSecretsAreLeftOutOfAScheduledRun()
    {
        const QStringList names = makeSecrets(QStringLiteral("again"), 3);
        const QString pending = names.at(1);
        QVERIFY(test::await(m_client->scheduleDeletion(pending, 7)).ok());
        const std::optional<qint64> date
                = test::await(m_client->showSecret(pending))->scheduledDeleteTime;
        QVERIFY(date.value_or(0) > 0);

        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.setAlreadyScheduled({pending, QStringLiteral("not-listed")});
        dialog.show();
        QCOMPARE(dialog.alreadyScheduled(), QStringList{pending});
        QCOMPARE(dialog.runNames(), (QStringList{names.at(0), names.at(2)}));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("secretList"));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("already scheduled for deletion")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("left as it is")));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("confirmLabel"));
        QVERIFY(label->text().contains(QStringLiteral("(2)")));
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->text().contains(u'2'));

        // Immediate deletion would delete it too: the confirmation follows the choice.
        auto *immediate = dialog.findChild<QRadioButton *>(QStringLiteral("immediateRadio"));
        immediate->setChecked(true);
        QCOMPARE(dialog.confirmationText(), QStringLiteral("DELETE 3"));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("deleted now too")));
        dialog.findChild<QRadioButton *>(QStringLiteral("scheduledRadio"))->setChecked(true);
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        confirm->setText(QStringLiteral("3"));
        QVERIFY(!start->isEnabled());
        confirm->setText(QStringLiteral("2"));
        QVERIFY(start->isEnabled());

        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        start->click();
        QVERIFY(finished.wait());
        const auto summary = finished.at(0).at(0).value<BulkSummary>();
        QCOMPARE(summary.total, 2);
        QCOMPARE(summary.succeeded, 2);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("done")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("left as it is")));
        QVERIFY(list->item(2)->text().endsWith(QStringLiteral("done")));
        QVERIFY(dialog.report().contains(pending + QStringLiteral(" — already scheduled")));
        for (const QString &name : names)
            QCOMPARE(serverState(name), QStringLiteral("PENDING_DELETE"));
        QCOMPARE(test::await(m_client->showSecret(pending))->scheduledDeleteTime, date);

        // Only secrets already scheduled: there is nothing to schedule.
        BulkDeleteDialog nothing(m_client.get(), {pending}, BulkDeleteDialog::Purpose::Delete);
        nothing.setAlreadyScheduled({pending});
        auto *nothingLabel = nothing.findChild<QLabel *>(QStringLiteral("confirmLabel"));
        QVERIFY(nothingLabel->text().contains(QStringLiteral("Nothing to schedule")));
        QVERIFY(!nothing.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->isEnabled());
        QVERIFY(!nothing.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        nothing.findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        QCOMPARE(nothing.confirmationText(), pending); // one secret: its name
        QVERIFY(nothing.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->isEnabled());
    }

    // "Cannot be undone" asks for what the Huawei console asks: DELETE and the count, or the
    // secret's name when it is one; never the number the label prints. Scheduling keeps the
    // lighter confirmation (the number).
    void immediateDeletionAsksForDeleteAndTheCount()
    {
        const QStringList names = makeSecrets(QStringLiteral("typed"), 3);
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("confirmLabel"));
        QCOMPARE(dialog.confirmationText(), QStringLiteral("3"));
        dialog.findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        QCOMPARE(dialog.confirmationText(), QStringLiteral("DELETE 3"));
        QVERIFY2(label->text().contains(QStringLiteral("DELETE 3")), qPrintable(label->text()));
        for (const QString &wrong : {QStringLiteral("3"), QStringLiteral("delete"),
                                     QStringLiteral("DELETE"), QStringLiteral("DELETE 2")}) {
            confirm->clear();
            QTest::keyClicks(confirm, wrong);
            QVERIFY2(!start->isEnabled(), qPrintable(wrong));
            QTest::keyClick(confirm, Qt::Key_Return); // Enter does not start either
            QVERIFY(!dialog.deleter()->isRunning());
        }
        dialog.show();
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("DELETE 3"));
        QVERIFY(start->isEnabled());
        // Back to scheduling: the typed words no longer confirm anything.
        dialog.findChild<QRadioButton *>(QStringLiteral("scheduledRadio"))->setChecked(true);
        QVERIFY(!start->isEnabled());

        BulkDeleteDialog one(m_client.get(), {names.first()}, BulkDeleteDialog::Purpose::Delete);
        one.show();
        one.findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        QCOMPARE(one.confirmationText(), names.first());
        auto *oneConfirm = one.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QTest::keyClicks(oneConfirm, QStringLiteral("1"));
        QVERIFY(!one.canStart());
        oneConfirm->clear();
        QTest::keyClicks(oneConfirm, names.first());
        QVERIFY(one.canStart());
        QSignalSpy finished(&one, &BulkDeleteDialog::runFinished);
        QTest::keyClick(oneConfirm, Qt::Key_Return);
        QVERIFY(finished.wait());
        QCOMPARE(test::await(m_client->showSecret(names.first())).error().kind,
                 ApiError::Kind::NotFound);
        QCOMPARE(serverState(names.at(1)), QStringLiteral("ENABLED"));
    }

    void scheduledDeletionWithProgressAndResults()
    {
        const QStringList names = makeSecrets(QStringLiteral("sched"), 3);
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("daysSpin"))->setValue(7);
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("3"));
        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        QVERIFY(finished.wait());
        const auto summary = finished.at(0).at(0).value<BulkSummary>();
        QCOMPARE(summary.succeeded, 3);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 3);
        for (const QString &name : names) {
            QCOMPARE(serverState(name), QStringLiteral("PENDING_DELETE"));
        }
        const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("secretList"));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("done")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyReportButton"));
        QVERIFY(copy->isVisible());
        copy->click();
        const QString report = QApplication::clipboard()->text();
        QVERIFY(report.contains(names.first()));
        QVERIFY(report.contains(QStringLiteral("7 day")));

        // Restore them, through the same dialog in restore mode (no typing needed).
        BulkDeleteDialog restore(m_client.get(), names, BulkDeleteDialog::Purpose::Restore);
        restore.show();
        QSignalSpy restored(&restore, &BulkDeleteDialog::runFinished);
        auto *start = restore.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(restored.wait());
        QCOMPARE(restored.at(0).at(0).value<BulkSummary>().succeeded, 3);
        for (const QString &name : names)
            QCOMPARE(serverState(name), QStringLiteral("ENABLED"));
    }

    // Issue 18: the bar moves at most every 100 ms while the answers come in (each move is a
    // repaint between the answers the run waits for), and shows the last step at once.
    void progressShowsTheLastStepNotEveryOne()
    {
        const QStringList names = makeSecrets(QStringLiteral("steps"), 20);
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("20"));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
        QSignalSpy moves(bar, &QProgressBar::valueChanged);
        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        QElapsedTimer run;
        run.start();
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).value<BulkSummary>().succeeded, 20);
        QCOMPARE(bar->value(), 20); // the last step, at once
        QCOMPARE(moves.constLast().at(0).toInt(), 20);
        // The first step, then one per 100 ms at most, then the last: not one per secret.
        QVERIFY2(
                moves.count() <= 2 + run.elapsed() / 100,
                qPrintable(
                        QStringLiteral("%1 moves in %2 ms").arg(moves.count()).arg(run.elapsed())));
        QVERIFY(moves.count() < 20);
    }

    void immediateDeletionReportsFailuresAndRetries()
    {
        QStringList names = makeSecrets(QStringLiteral("now"), 2);
        names.insert(1, QStringLiteral("no-such-secret"));
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.show();
        dialog.findChild<QRadioButton *>(QStringLiteral("immediateRadio"))->setChecked(true);
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->text().contains(QStringLiteral("now")));
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(QStringLiteral("DELETE 3"));
        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        start->click();
        QVERIFY(finished.wait());
        const auto summary = finished.at(0).at(0).value<BulkSummary>();
        QCOMPARE(summary.succeeded, 2);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(test::await(m_client->showSecret(names.first())).error().kind,
                 ApiError::Kind::NotFound);
        const QString failedLine
                = dialog.findChild<QListWidget *>(QStringLiteral("secretList"))->item(1)->text();
        QVERIFY2(failedLine.contains(QStringLiteral("no-such-secret"))
                         && failedLine.contains(QStringLiteral("failed"))
                         && failedLine.contains(QStringLiteral("request id")),
                 qPrintable(failedLine));
        auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QSignalSpy again(&dialog, &BulkDeleteDialog::runFinished);
        retry->click();
        QVERIFY(again.wait());
        QCOMPARE(again.at(0).at(0).value<BulkSummary>().failed, 1); // still missing: still failed
    }

    void cancelStopsStartingNewOnes()
    {
        const QStringList names = makeSecrets(QStringLiteral("cancel"), 30);
        BulkDeleteDialog dialog(m_client.get(), names, BulkDeleteDialog::Purpose::Delete);
        dialog.deleter()->setMaxInFlight(1);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("30"));
        QSignalSpy finished(&dialog, &BulkDeleteDialog::runFinished);
        dialog.start();
        QVERIFY(dialog.deleter()->isRunning());
        dialog.reject(); // Cancel while running: cancels, the dialog stays open
        QVERIFY(dialog.isVisible());
        QVERIFY(finished.wait());
        const auto summary = finished.at(0).at(0).value<BulkSummary>();
        QVERIFY(summary.notTried > 0);
        QCOMPARE(summary.succeeded + summary.notTried + summary.failed, 30);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    // The instance dialog reads every secret on the server (all pages, whatever the profile's
    // page size), offers the instances it saw, previews with the association rules, and keeps the
    // irreversible button disabled until the scan is complete and "DELETE <count>" is typed. The
    // server then deletes exactly the previewed secrets.
    void deleteByInstanceShowsTheServersCount()
    {
        // Two secrets associated with RDS instance rds-42, one with another instance.
        for (const auto &[name, instance] :
             {std::pair{QStringLiteral("zz-rds-a"), QStringLiteral("rds-42")},
              std::pair{QStringLiteral("zz-rds-b"), QStringLiteral("rds-42")},
              std::pair{QStringLiteral("zz-rds-c"), QStringLiteral("rds-77")}}) {
            CreateSecretRequest r;
            r.name = name;
            r.secretString = QStringLiteral("x");
            r.rotationConfig = QStringLiteral("{\"InstanceId\":\"%1\",\"InstanceType\":\"RDS\"}")
                                       .arg(instance);
            QVERIFY(test::await(m_client->createSecret(r)).ok());
        }
        ui::InstanceDeleteDialog dialog(m_client.get());
        QSignalSpy previewed(&dialog, &ui::InstanceDeleteDialog::previewFinished);
        dialog.show();
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        dialog.setInstanceId(QStringLiteral("rds-42"));
        QVERIFY(!start->isEnabled());
        QVERIFY(previewed.wait());
        QVERIFY(dialog.isScanComplete());
        QVERIFY(dialog.offeredInstances().contains(QStringLiteral("rds-42")));
        QVERIFY(dialog.offeredInstances().contains(QStringLiteral("rds-77")));
        QCOMPARE(dialog.previewMatches(),
                 (QStringList{QStringLiteral("zz-rds-a"), QStringLiteral("zz-rds-b")}));
        QCOMPARE(dialog.confirmationText(), QStringLiteral("DELETE 2"));
        QTest::keyClicks(confirm, QStringLiteral("2"));
        QVERIFY(!start->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("DELETE 2"));
        QVERIFY(start->isEnabled());
        QSignalSpy done(&dialog, &ui::InstanceDeleteDialog::batchFinished);
        QTest::keyClick(confirm, Qt::Key_Return); // typed, then Enter: starts
        QTest::keyClick(&dialog, Qt::Key_Return); // while it runs: nothing
        QVERIFY(dialog.isVisible());
        QVERIFY(done.wait());
        const auto result = done.at(0).at(0).value<BatchDeleteResult>();
        QCOMPARE(result.total, 2);
        QCOMPARE(result.succeeded.size(), 2);
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(text.contains(QStringLiteral("Total: 2"))
                         && text.contains(QStringLiteral("exactly the previewed")),
                 qPrintable(text));
        QCOMPARE(test::await(m_client->showSecret(QStringLiteral("zz-rds-a"))).error().kind,
                 ApiError::Kind::NotFound);
        QVERIFY(test::await(m_client->showSecret(QStringLiteral("zz-rds-c"))).ok());
    }

    // Before the scan ends nothing can be deleted, and a scan that was stopped says so and
    // keeps the button disabled; reading again completes it.
    void instanceScanMustCompleteFirst()
    {
        CreateSecretRequest r;
        r.name = QStringLiteral("zz-late");
        r.secretString = QStringLiteral("x");
        r.secretType = QStringLiteral("RDS-FG");
        r.rotationConfig = QStringLiteral("{\"InstanceId\":\"rds-late\"}");
        QVERIFY(test::await(m_client->createSecret(r)).ok());
        ui::InstanceDeleteDialog dialog(m_client.get());
        dialog.show();
        dialog.setInstanceId(QStringLiteral("rds-late"));
        dialog.cancelScan();
        QVERIFY(!dialog.isScanComplete());
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("previewState"));
        QVERIFY2(state->text().contains(QStringLiteral("Nothing can be deleted")),
                 qPrintable(state->text()));
        auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
        QVERIFY(!confirm->isEnabled());
        confirm->setText(dialog.confirmationText());
        QVERIFY(!dialog.canStart());
        QSignalSpy previewed(&dialog, &ui::InstanceDeleteDialog::previewFinished);
        dialog.preview();
        QVERIFY(previewed.wait());
        QCOMPARE(dialog.previewMatches(), QStringList{QStringLiteral("zz-late")});
        QVERIFY2(state->text().startsWith(QStringLiteral("All ")), qPrintable(state->text()));
        // TaurusDB in the type choice; a type with no match offers nothing to delete.
        auto *type = dialog.findChild<QComboBox *>(QStringLiteral("instanceTypeCombo"));
        QVERIFY(type->findData(QStringLiteral("TaurusDB")) > 0);
        QVERIFY(type->itemText(type->findData(QStringLiteral("TaurusDB")))
                        .contains(QStringLiteral("GaussDB-FG")));
        type->setCurrentIndex(type->findData(QStringLiteral("APIG")));
        QVERIFY(dialog.previewMatches().isEmpty());
        QVERIFY(!confirm->isEnabled());
    }

private:
    QStringList makeSecrets(const QString &prefix, int count)
    {
        QStringList names;
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
            if (!test::createSecret(m_client.get(), name, QStringLiteral("value")))
                qFatal("cannot create a secret");
            names << name;
        }
        return names;
    }
    QString serverState(const QString &name)
    {
        const auto result = test::await(m_client->showSecret(name));
        return result.ok() ? result->state : QString();
    }

    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestBulkDeleteDialog)
#include "tst_bulkdeletedialog.moc"
