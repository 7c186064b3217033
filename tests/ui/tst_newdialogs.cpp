// SPDX-License-Identifier: Apache-2.0
// "New secret…" and "New version…" against a real csms-local, through the window's actions:
// validation as you type, the create call, the list / board showing the server's truth, errors
// kept in the dialog, and the value neither logged nor left in the dialog after sending.
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "ui/clipboardguard.h"
#include "ui/mainwindow.h"
#include "ui/newsecretdialog.h"
#include "ui/newversiondialog.h"
#include "ui/secretvalueedit.h"
#include "ui/stageboard.h"
#include "uisandbox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace keystage;
using keystage::ui::MainWindow;
using keystage::ui::NewSecretDialog;
using keystage::ui::NewVersionDialog;

class TestNewDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_newdialogs"));
        m_server = std::make_unique<test::CsmsLocal>();
        QVERIFY2(m_server->start(), m_server->errorOutput().constData());
        m_client = test::uiClient(&m_nam, *m_server);
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("existing"),
                                   QStringLiteral("old-value")));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setClient(m_client.get());
        QTRY_VERIFY(!m_window->currentSecretName().isEmpty());
    }

    void cleanup() { m_window.reset(); }

    void nameIsCheckedAsYouType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("db password") << false;
        QTest::newRow("dot") << QStringLiteral("db.password") << false;
        QTest::newRow("cjk") << QStringLiteral("密码") << false;
        QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("plain") << QStringLiteral("db_pass-1") << true;
    }

    void nameIsCheckedAsYouType()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        dialog->valueEdit()->setPlainText(QStringLiteral("v"));
        dialog->nameEdit()->setText(name); // as typed: textChanged drives the check
        QCOMPARE(NewSecretDialog::nameProblem(name).isEmpty(), ok);
        QCOMPARE(dialog->createButton()->isEnabled(), ok);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QCOMPARE(problem->text().isEmpty(), ok);
        // Too long is typed in full and refused with the rule and the count, not cut at 64.
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QString(72, QLatin1Char('a')));
        QCOMPARE(dialog->nameEdit()->text().size(), 72);
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("64"))
                         && problem->text().contains(
                                 QString::number(dialog->nameEdit()->text().size())),
                 qPrintable(problem->text()));
    }

    void createsASecretAndSelectsIt()
    {
        test::LogCapture logs;
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        QVERIFY(!dialog->createButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("new-db"));
        QVERIFY(!dialog->createButton()->isEnabled()); // no value yet
        const QString value = QStringLiteral("{\"password\":\"s3cr3t-NEW-value\"}");
        dialog->valueEdit()->setPlainText(value);
        dialog->descriptionEdit()->setText(QStringLiteral("the new database"));
        QVERIFY(dialog->createButton()->isEnabled());
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        // Sent: the dialog no longer holds the value.
        QVERIFY(dialog->valueEdit()->isEmpty());
        QVERIFY(created.wait());

        const auto secret = test::await(m_client->showSecret(QStringLiteral("new-db")));
        QVERIFY(secret.ok());
        QCOMPARE(secret->description, QStringLiteral("the new database"));
        const auto version = test::await(
                m_client->showVersion(QStringLiteral("new-db"), QStringLiteral("latest")));
        QVERIFY(version.ok());
        QCOMPARE(version->secretString.value_or(QString()), value);
        // The list shows the server's truth and the new secret becomes the current one.
        QTRY_COMPARE(m_window->currentSecretName(), QStringLiteral("new-db"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 1);
        QVERIFY(!logs.contains(QStringLiteral("s3cr3t-NEW-value")));
    }

    // Values are typed masked, as passwords are, lines and all; Show shows them, and a dialog
    // opened again starts masked whatever the last one showed. What is sent is the value typed.
    void valuesAreTypedMaskedWithAShowToggle()
    {
        test::LogCapture logs;
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        ui::SecretValueEdit *value = dialog->valueEdit();
        QVERIFY(value->isMasked());
        QVERIFY(value->showButton()->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("masked-typed"));
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("user=ops"));
        QTest::keyClick(value, Qt::Key_Return);
        QTest::keyClicks(value, QStringLiteral("pw=Hidden-7"));
        QVERIFY(!value->toPlainText().contains(QStringLiteral("Hidden")));
        QCOMPARE(value->toPlainText().count(u'\n'), 1);
        QTest::mouseClick(value->showButton(), Qt::LeftButton);
        QVERIFY(!value->isMasked());
        QCOMPARE(value->toPlainText(), QStringLiteral("user=ops\npw=Hidden-7"));
        dialog->reject();

        dialog = openNewSecret();
        QVERIFY(dialog);
        value = dialog->valueEdit();
        QVERIFY(value->isMasked());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("masked-typed"));
        value->setFocus();
        QTest::keyClicks(value, QStringLiteral("line-1"));
        QTest::keyClick(value, Qt::Key_Return);
        QTest::keyClicks(value, QStringLiteral("line-2-Hidden"));
        QVERIFY(dialog->createButton()->isEnabled());
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(created.wait());
        const auto version = test::await(
                m_client->showVersion(QStringLiteral("masked-typed"), QStringLiteral("latest")));
        QVERIFY(version.ok());
        QCOMPARE(version->secretString.value_or(QString()),
                 QStringLiteral("line-1\nline-2-Hidden"));
        QVERIFY(!logs.contains(QStringLiteral("Hidden")));

        // New version: masked too, and again after the Show of an earlier dialog.
        selectSecret(QStringLiteral("masked-typed"));
        QTRY_VERIFY(m_window->newVersionAction()->isEnabled());
        for (int round = 0; round < 2; ++round) {
            m_window->newVersionAction()->trigger();
            auto *next = m_window->findChild<NewVersionDialog *>();
            QVERIFY(next);
            QVERIFY(next->valueEdit()->isMasked());
            next->valueEdit()->showButton()->click();
            QVERIFY(!next->valueEdit()->isMasked());
            next->reject();
            QTRY_VERIFY(!m_window->findChild<NewVersionDialog *>());
        }
    }

    void databaseTypesNeedAnInstance()
    {
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("rds-account"));
        dialog->valueEdit()->setPlainText(QStringLiteral("{\"password\":\"p\"}"));
        QVERIFY(!dialog->instanceEdit()->isEnabled());
        dialog->typeBox()->setCurrentIndex(1); // RDS-FG
        QVERIFY(dialog->instanceEdit()->isEnabled());
        QVERIFY(!dialog->createButton()->isEnabled());
        dialog->instanceEdit()->setText(QStringLiteral("rds-instance-1"));
        QVERIFY(dialog->createButton()->isEnabled());
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        dialog->create();
        QVERIFY(created.wait());
        const auto secret = test::await(m_client->showSecret(QStringLiteral("rds-account")));
        QVERIFY(secret.ok());
        QCOMPARE(secret->secretType, QStringLiteral("RDS-FG"));
    }

    // The description's limit is 2048 bytes of UTF-8 (Huawei's definitions), not characters: 700
    // Chinese characters (2,100 bytes) are refused with the rule, 682 (2,046 bytes) accepted.
    void descriptionIsLimitedInBytes()
    {
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("described"));
        dialog->valueEdit()->setPlainText(QStringLiteral("v"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
        QVERIFY(description);
        description->setText(QString(700, QChar(0x5bc6))); // 密
        QCOMPARE(description->text().size(), 700); // typed in full, not cut
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("2100 bytes")),
                 qPrintable(dialog->problem()));
        description->setText(QString(682, QChar(0x5bc6)));
        QVERIFY(dialog->createButton()->isEnabled());
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        dialog->create();
        QVERIFY(created.wait());
        const auto secret = test::await(m_client->showSecret(QStringLiteral("described")));
        QVERIFY(secret.ok());
        QCOMPARE(secret->description.size(), 682);
    }

    // A value over CSMS's 32,768 characters keeps Create disabled and says why, in both
    // dialogs (one rule, in the value editor); one character less is sent.
    void valueIsLimitedInLength()
    {
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("long-value"));
        dialog->valueEdit()->setPlainText(QString(ui::SecretValueEdit::maxLength + 1, u'x'));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY2(dialog->problem().contains(QString::number(ui::SecretValueEdit::maxLength)),
                 qPrintable(dialog->problem()));
        dialog->valueEdit()->setPlainText(QString(ui::SecretValueEdit::maxLength, u'x'));
        QVERIFY2(dialog->createButton()->isEnabled(), qPrintable(dialog->problem()));
        QSignalSpy created(dialog, &NewSecretDialog::secretCreated);
        dialog->create();
        QVERIFY(created.wait());

        selectSecret(QStringLiteral("long-value"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 1);
        m_window->newVersion();
        auto *version = m_window->findChild<NewVersionDialog *>();
        QVERIFY(version);
        version->valueEdit()->setPlainText(QString(ui::SecretValueEdit::maxLength + 1, u'y'));
        QVERIFY(!version->createButton()->isEnabled());
        QCOMPARE(version->problem(), version->valueEdit()->lengthProblem());
        QVERIFY(version->problem().contains(QString::number(ui::SecretValueEdit::maxLength)));
        version->reject();
    }

    void serverRefusalStaysInTheDialog()
    {
        NewSecretDialog *dialog = openNewSecret();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("existing"));
        dialog->valueEdit()->setPlainText(QStringLiteral("again"));
        QSignalSpy failed(dialog, &NewSecretDialog::creationFailed);
        dialog->create();
        QVERIFY(failed.wait());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->statusText().contains(QStringLiteral("existing")));
        QVERIFY(dialog->statusText().contains(QStringLiteral("CSMS.")));
        QVERIFY(dialog->valueEdit()->isEmpty()); // wiped: the user enters it again
        QVERIFY(!dialog->createButton()->isEnabled());
        const auto version = test::await(
                m_client->showVersion(QStringLiteral("existing"), QStringLiteral("latest")));
        QCOMPARE(version->secretString.value_or(QString()), QStringLiteral("old-value"));
    }

    // Text copied out of the value being typed is a secret too: marked as a password, counted
    // down in the status bar and cleared by the window's clipboard guard.
    void aCopyOfTheTypedValueIsCleared()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newSecretAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<NewSecretDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        dialog->valueEdit()->setPlainText(QStringLiteral("typed-s3cret"));
        QTest::keySequence(dialog->valueEdit(), QKeySequence::SelectAll);
        QTest::keySequence(dialog->valueEdit(), QKeySequence::Copy);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("typed-s3cret"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_window->clipboard()->isCountingDown());
        m_window->clipboard()->clearNow();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        dialog->reject();
    }

    void newVersionWithStagesAndExpiry()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("versioned"),
                                   QStringLiteral("one")));
        selectSecret(QStringLiteral("versioned"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 1);
        QVERIFY(m_window->newVersionAction()->isEnabled());
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newVersionAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<NewVersionDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->secretName(), QStringLiteral("versioned"));
        QVERIFY(!dialog->createButton()->isEnabled());
        dialog->valueEdit()->setPlainText(QStringLiteral("two"));
        QVERIFY(dialog->createButton()->isEnabled());
        // Bad stage names and a past expiry are refused as you type.
        dialog->stagesEdit()->setText(QStringLiteral("BETA bad/name"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("bad/name")));
        dialog->stagesEdit()->setText(QStringLiteral("BETA, SYSCURRENT"));
        QCOMPARE(dialog->stages(),
                 (QStringList{QStringLiteral("BETA"), QStringLiteral("SYSCURRENT")}));
        dialog->expiresBox()->setChecked(true);
        dialog->expiryEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!dialog->createButton()->isEnabled());
        const QDateTime expiry = QDateTime::currentDateTime().addDays(30);
        dialog->expiryEdit()->setDateTime(expiry);
        QVERIFY(dialog->createButton()->isEnabled());

        QSignalSpy created(dialog, &NewVersionDialog::versionCreated);
        QSignalSpy loaded(m_window->stageBoard()->model(), &VersionStageModel::versionsLoaded);
        dialog->create();
        QVERIFY(dialog->valueEdit()->isEmpty());
        QVERIFY(created.wait());
        QCOMPARE(created.at(0).at(1).toString(), QStringLiteral("v2"));
        // The board re-reads the versions: v2 holds BETA and SYSCURRENT now.
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 2);
        QTRY_COMPARE(m_window->stageBoard()->model()->holderOf(QStringLiteral("BETA")),
                     QStringLiteral("v2"));
        QCOMPARE(m_window->stageBoard()->model()->holderOf(QStringLiteral("SYSCURRENT")),
                 QStringLiteral("v2"));
        const auto version = test::await(
                m_client->showVersion(QStringLiteral("versioned"), QStringLiteral("v2")));
        QVERIFY(version.ok());
        QCOMPARE(version->secretString.value_or(QString()), QStringLiteral("two"));
        QVERIFY(version->metadata.expireTime.has_value());
        QVERIFY(qAbs(*version->metadata.expireTime - expiry.toMSecsSinceEpoch()) < 2000);
    }

    // "Start from current value" reads the SYSCURRENT version (not the newest) only when pressed:
    // nothing is on the wire before; the value lands masked and editable, and is never logged.
    void newVersionStartsFromTheCurrentValueWhenAsked()
    {
        test::LogCapture logs;
        const QString current = QStringLiteral("host=db1\npassword=Current-Hidden");
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("from-current"), current));
        CreateVersionRequest beta; // v2 holds BETA only: SYSCURRENT stays on v1
        beta.secretString = QStringLiteral("beta-Hidden");
        beta.versionStages = {QStringLiteral("BETA")};
        QVERIFY(test::await(m_client->createVersion(QStringLiteral("from-current"), beta)).ok());
        selectSecret(QStringLiteral("from-current"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 2);
        QTRY_COMPARE(m_client->inFlight() + m_client->queued(), 0);

        QSignalSpy calls(m_client.get(), &CsmsClient::callFinished);
        m_window->newVersionAction()->trigger();
        auto *dialog = m_window->findChild<NewVersionDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->fromCurrentButton()->isEnabled());
        QCoreApplication::processEvents();
        // Opening the dialog read nothing: no call made, none waiting.
        QCOMPARE(m_client->inFlight() + m_client->queued(), 0);
        QCOMPARE(calls.count(), 0);
        QVERIFY(dialog->valueEdit()->isEmpty());

        QSignalSpy loaded(dialog, &NewVersionDialog::currentValueLoaded);
        QTest::mouseClick(dialog->fromCurrentButton(), Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("v1"));
        QStringList paths;
        for (const auto &call : std::as_const(calls))
            paths << QString::fromLatin1(call.at(0).value<ApiCallRecord>().method) + u' '
                             + call.at(0).value<ApiCallRecord>().path;
        QCOMPARE(paths.size(), 2);
        QVERIFY2(paths.at(0).startsWith(QStringLiteral("GET "))
                         && paths.at(0).endsWith(QStringLiteral("/secrets/from-current/stages/"
                                                                "SYSCURRENT")),
                 qPrintable(paths.join(u'\n')));
        QVERIFY2(paths.at(1).endsWith(QStringLiteral("/secrets/from-current/versions/v1")),
                 qPrintable(paths.join(u'\n')));
        ui::SecretValueEdit *value = dialog->valueEdit();
        QVERIFY(value->isMasked());
        QVERIFY(!value->isReadOnly());
        QCOMPARE(value->value(), current);
        QVERIFY(!value->toPlainText().contains(QStringLiteral("Hidden")));
        QCOMPARE(value->toPlainText().count(u'\n'), 1);
        QVERIFY(dialog->statusText().contains(QStringLiteral("v1")));

        // Editable: typed onto, then created as a new version.
        value->setFocus();
        value->moveCursor(QTextCursor::End);
        QTest::keyClicks(value, QStringLiteral("-2"));
        QSignalSpy created(dialog, &NewVersionDialog::versionCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QVERIFY(created.wait());
        const QString id = created.at(0).at(1).toString();
        const auto version = test::await(m_client->showVersion(QStringLiteral("from-current"), id));
        QVERIFY(version.ok());
        QCOMPARE(version->secretString.value_or(QString()), current + QStringLiteral("-2"));
        QVERIFY(!logs.contains(QStringLiteral("Hidden")));
    }

    // A failed read is said in the dialog; the editor keeps what was typed.
    void startFromCurrentFailsInTheDialog()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("soon-gone"),
                                   QStringLiteral("gone-Hidden")));
        selectSecret(QStringLiteral("soon-gone"));
        QTRY_VERIFY(m_window->newVersionAction()->isEnabled());
        m_window->newVersionAction()->trigger();
        auto *dialog = m_window->findChild<NewVersionDialog *>();
        QVERIFY(dialog);
        dialog->valueEdit()->setPlainText(QStringLiteral("typed"));
        QVERIFY(test::await(m_client->deleteSecret(QStringLiteral("soon-gone"))).ok());
        QSignalSpy failed(dialog, &NewVersionDialog::currentValueFailed);
        dialog->fromCurrentButton()->click();
        QVERIFY(!dialog->fromCurrentButton()->isEnabled()); // one read at a time
        QVERIFY(failed.wait());
        QVERIFY2(dialog->statusText().startsWith(
                         QStringLiteral("The current value could not be read")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(dialog->valueEdit()->value(), QStringLiteral("typed"));
        QVERIFY(dialog->fromCurrentButton()->isEnabled());
        dialog->reject();
    }

    void newVersionDefaultsToSyscurrent()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("plain"), QStringLiteral("1")));
        selectSecret(QStringLiteral("plain"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 1);
        m_window->newVersion();
        auto *dialog = m_window->findChild<NewVersionDialog *>();
        QVERIFY(dialog);
        dialog->valueEdit()->setPlainText(QStringLiteral("2"));
        QSignalSpy created(dialog, &NewVersionDialog::versionCreated);
        dialog->create();
        QVERIFY(created.wait());
        QTRY_COMPARE(m_window->stageBoard()->model()->holderOf(QStringLiteral("SYSCURRENT")),
                     QStringLiteral("v2"));
        QCOMPARE(m_window->stageBoard()->model()->holderOf(QStringLiteral("SYSPREVIOUS")),
                 QStringLiteral("v1"));
    }

    // Issue 16 item 5, issue 15 item 9: at 20 versions, New version says before Create what may
    // happen, as a possibility (CSMS may purge the oldest unstaged version, or may refuse).
    void newVersionAtTwentyVersionsSaysWhatMayHappen()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("twenty"), QStringLiteral("1")));
        for (int i = 2; i <= 20; ++i) {
            CreateVersionRequest r;
            r.secretString = QString::number(i);
            QVERIFY(test::await(m_client->createVersion(QStringLiteral("twenty"), r)).ok());
        }
        selectSecret(QStringLiteral("twenty"));
        QTRY_COMPARE(m_window->stageBoard()->model()->rowCount(), 20);
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newVersionAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<NewVersionDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        const QString notes = dialog->notesText();
        QVERIFY2(notes.contains(QStringLiteral("may purge the oldest unstaged version (v1)")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("may refuse")), qPrintable(notes));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("notes"))->isVisible());
        dialog->valueEdit()->setPlainText(QStringLiteral("21"));
        QVERIFY(dialog->createButton()->isEnabled()); // a warning, not a refusal
        dialog->reject();
    }

    // Issue 16 item 7: New version on a secret pending deletion is disabled and says why.
    void newVersionIsRefusedWhilePendingDeletion()
    {
        QVERIFY(test::createSecret(m_client.get(), QStringLiteral("doomed"), QStringLiteral("1")));
        QVERIFY(test::await(m_client->scheduleDeletion(QStringLiteral("doomed"), 7)).ok());
        selectSecret(QStringLiteral("doomed"));
        QTRY_VERIFY(!m_window->newVersionAction()->isEnabled());
        QVERIFY2(m_window->newVersionAction()->toolTip().contains(
                         QStringLiteral("pending deletion")),
                 qPrintable(m_window->newVersionAction()->toolTip()));
        QVERIFY(m_window->newVersionAction()->statusTip().contains(QStringLiteral("CSMS.0103")));
        // Another secret: enabled again.
        selectSecret(QStringLiteral("existing"));
        QTRY_VERIFY(m_window->newVersionAction()->isEnabled());
    }

    // Issue 16 item 9: a new version of a rotated database secret says what happens to the login.
    void newVersionOfARotatedSecretWarnsAboutTheLogin()
    {
        CreateSecretRequest r;
        r.name = QStringLiteral("rotated-db");
        r.secretString = QStringLiteral(R"({"username":"app","password":"one"})");
        r.secretType = QStringLiteral("GaussDB-FG");
        r.rotationConfig = QStringLiteral(R"({"InstanceId":"i-2","SecretSubType":"MultiUser"})");
        QVERIFY(test::await(m_client->createSecret(r)).ok());
        selectSecret(QStringLiteral("rotated-db"));
        QTRY_COMPARE(m_window->stageBoard()->model()->secretTraits().type,
                     QStringLiteral("GaussDB-FG"));
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newVersionAction()->trigger();
        auto *dialog = qobject_cast<NewVersionDialog *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY2(dialog->notesText().contains(QStringLiteral("database")),
                 qPrintable(dialog->notesText()));
        dialog->reject();
    }

    void actionsNeedAConnection()
    {
        m_window->setClient(nullptr);
        QVERIFY(!m_window->newSecretAction()->isEnabled());
        QVERIFY(!m_window->newVersionAction()->isEnabled());
    }

private:
    NewSecretDialog *openNewSecret()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->newSecretAction()->trigger();
        if (opened.count() != 1)
            return nullptr;
        return qobject_cast<NewSecretDialog *>(opened.at(0).at(0).value<QDialog *>());
    }

    void selectSecret(const QString &name)
    {
        m_window->secretsModel()->refresh();
        QVERIFY(QTest::qWaitFor([&]() {
            auto *model = m_window->secretsView()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(SecretListModel::NameRole).toString() == name) {
                    // This row alone (setCurrentIndex would read the keyboard modifiers, which
                    // an earlier Ctrl+C of a QTest key click can leave behind).
                    m_window->secretsView()->selectionModel()->setCurrentIndex(
                            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    return true;
                }
            }
            return false;
        }));
        QTRY_COMPARE(m_window->currentSecretName(), name);
    }

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestNewDialogs)
#include "tst_newdialogs.moc"
