// SPDX-License-Identifier: Apache-2.0
// The dialogs that administer a secret, offscreen against a real csms-local: the description
// and KMS key (byte limit, stale check, undo and redo, the production guard), the tags of one
// secret (completion from the project's tags, the rules before sending, undo) and a bulk tag of
// several secrets with one result each, undone and redone as one step.
#include "core/admin/secretadmin.h"
#include "core/model/versionstagemodel.h"
#include "ui/metadata/createoptions.h"
#include "ui/metadata/expirycontroller.h"
#include "ui/metadata/metadatadialog.h"
#include "ui/newsecretdialog.h"
#include "ui/profiles/productionguard.h"
#include "ui/secretvalueedit.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/tags/bulktagdialog.h"
#include "ui/tags/tagsdialog.h"
#include "ui/undohistory.h"
#include "uisandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QtTest>

using namespace keystage;
using namespace keystage::test;
using namespace keystage::ui;

class TstAdminDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metadataSavesUndoesAndRedoes();
    void metadataStaysWithinTheRules();
    void descriptionSurvivesPastingAnEmptyClipboard();
    void metadataDoesNotOverwriteAStaleEdit();
    void metadataOnProductionAsksFirst();
    void tagsOfferProjectTagsAndUndo();
    void tagRulesRefuseInTheDialog();
    void bulkTagReportsEachSecret();
    void bulkTagIsOneUndoStep();
    void expiryMarkers();
    void expiryFromTheBoard();
    void newSecretWithKmsKeyAndBinary();
    void newDatabaseSecretWithRotation();

private:
    Secret secret(const QString &name);
    QList<Tag> tagsOf(const QString &id);
    void setKey(QComboBox *box, const QString &text) { box->setEditText(text); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsLocal> m_server;
    std::unique_ptr<CsmsClient> m_client;
};

void TstAdminDialogs::init()
{
    m_server = std::make_unique<CsmsLocal>();
    QVERIFY2(m_server->start(), m_server->errorOutput().constData());
    m_client = uiClient(&m_nam, *m_server);
    CreateSecretRequest r;
    r.name = QStringLiteral("app");
    r.secretString = QStringLiteral("v");
    r.description = QStringLiteral("old");
    QVERIFY(await(m_client->createSecret(r)).ok());
}

void TstAdminDialogs::cleanup()
{
    ProductionGuard::setNextAnswerForTesting(std::nullopt);
    m_client.reset();
    m_server.reset();
}

Secret TstAdminDialogs::secret(const QString &name)
{
    const auto r = await(m_client->showSecret(name));
    return r.ok() ? r.value() : Secret();
}

QList<Tag> TstAdminDialogs::tagsOf(const QString &id)
{
    const auto r = await(m_client->listTags(id));
    return r.ok() ? r->tags : QList<Tag>();
}

void TstAdminDialogs::metadataSavesUndoesAndRedoes()
{
    UndoHistory history;
    MetadataDialog dialog(m_client.get(), &history, QStringLiteral("app"));
    QTRY_VERIFY(dialog.isLoaded());
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("old"));
    QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet
    dialog.descriptionEdit()->setPlainText(QStringLiteral("账单服务的口令"));
    dialog.kmsKeyEdit()->setText(QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QSignalSpy changed(&dialog, &MetadataDialog::metadataChanged);
    dialog.saveButton()->click();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Secret s = secret(QStringLiteral("app"));
    QCOMPARE(s.description, QStringLiteral("账单服务的口令"));
    QCOMPARE(s.kmsKeyId, QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f"));
    QCOMPARE(history.count(), 1);

    history.tryUndo();
    QTRY_VERIFY(!history.isBusy());
    QCOMPARE(history.index(), 0);
    s = secret(QStringLiteral("app"));
    QCOMPARE(s.description, QStringLiteral("old"));
    QVERIFY(s.kmsKeyId != QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f"));
    history.tryRedo();
    QTRY_VERIFY(!history.isBusy());
    QCOMPARE(history.index(), 1);
    QCOMPARE(secret(QStringLiteral("app")).description, QStringLiteral("账单服务的口令"));
}

void TstAdminDialogs::metadataStaysWithinTheRules()
{
    MetadataDialog dialog(m_client.get(), nullptr, QStringLiteral("app"));
    QTRY_VERIFY(dialog.isLoaded());
    // 683 Chinese characters: 2049 bytes of UTF-8.
    dialog.descriptionEdit()->setPlainText(QString(683, QChar(0x5bc6)));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("2049")), qPrintable(dialog.problem()));
    dialog.descriptionEdit()->setPlainText(QString(682, QChar(0x5bc6)) + QStringLiteral("ab"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.kmsKeyEdit()->setText(QStringLiteral("k"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
}

// The description is a multi-line editor too: Qt 6.4's QPlainTextEdit crashed on a paste from a
// clipboard with no format (on X11, one that nobody owns).
void TstAdminDialogs::descriptionSurvivesPastingAnEmptyClipboard()
{
    MetadataDialog dialog(m_client.get(), nullptr, QStringLiteral("app"));
    QTRY_VERIFY(dialog.isLoaded());
    QApplication::clipboard()->setMimeData(new QMimeData); // X11: a clipboard nobody owns
    dialog.descriptionEdit()->moveCursor(QTextCursor::End);
    QTest::keySequence(dialog.descriptionEdit(), QKeySequence::Paste);
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("old"));
    QApplication::clipboard()->setText(QStringLiteral(" and new"));
    QTest::keySequence(dialog.descriptionEdit(), QKeySequence::Paste);
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("old and new"));
    QApplication::clipboard()->clear();
}

void TstAdminDialogs::metadataDoesNotOverwriteAStaleEdit()
{
    UndoHistory history;
    MetadataDialog dialog(m_client.get(), &history, QStringLiteral("app"));
    QTRY_VERIFY(dialog.isLoaded());
    UpdateSecretRequest other;
    other.description = QStringLiteral("theirs");
    QVERIFY(await(m_client->updateSecret(QStringLiteral("app"), other)).ok());
    dialog.descriptionEdit()->setPlainText(QStringLiteral("mine"));
    dialog.saveButton()->click();
    QTRY_VERIFY(dialog.statusText().contains(QLatin1String("changed elsewhere")));
    QTRY_COMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("theirs"));
    QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
    QCOMPARE(secret(QStringLiteral("app")).description, QStringLiteral("theirs"));
    QCOMPARE(history.count(), 0);
}

void TstAdminDialogs::metadataOnProductionAsksFirst()
{
    Profile production = m_client->profile();
    production.production = true;
    production.displayName = QStringLiteral("prod-eu");
    CsmsClient client(&m_nam, production, SandboxProfile::credentials());
    MetadataDialog dialog(&client, nullptr, QStringLiteral("app"));
    QTRY_VERIFY(dialog.isLoaded());
    dialog.descriptionEdit()->setPlainText(QStringLiteral("declined"));
    ProductionGuard::setNextAnswerForTesting(false);
    QSignalSpy calls(&client, &CsmsClient::callFinished);
    dialog.saveButton()->click();
    QTRY_VERIFY(dialog.saveButton()->isEnabled()); // back to editing, nothing sent
    QCOMPARE(calls.size(), 0);
    QCOMPARE(secret(QStringLiteral("app")).description, QStringLiteral("old"));
    ProductionGuard::setNextAnswerForTesting(true);
    QSignalSpy changed(&dialog, &MetadataDialog::metadataChanged);
    dialog.saveButton()->click();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(secret(QStringLiteral("app")).description, QStringLiteral("declined"));
}

void TstAdminDialogs::tagsOfferProjectTagsAndUndo()
{
    // Another secret carries the project's tags the dialog should offer.
    CreateSecretRequest r;
    r.name = QStringLiteral("other");
    r.secretString = QStringLiteral("v");
    const auto other = await(m_client->createSecret(r));
    QVERIFY(other.ok());
    QVERIFY(await(m_client->tagAction(other->id, TagAction::Create,
                                      {{QStringLiteral("env"), QStringLiteral("prod")},
                                       {QStringLiteral("team"), QStringLiteral("billing")}}))
                    .ok());
    const Secret app = secret(QStringLiteral("app"));
    UndoHistory history;
    TagsDialog dialog(m_client.get(), &history, app.name, app.id);
    QTRY_VERIFY(dialog.isLoaded());
    QTRY_VERIFY(dialog.keyBox()->findText(QStringLiteral("env")) >= 0);
    setKey(dialog.keyBox(), QStringLiteral("env"));
    QVERIFY(dialog.valueBox()->findText(QStringLiteral("prod")) >= 0);
    dialog.valueBox()->setEditText(QStringLiteral("prod"));
    QVERIFY(dialog.setButton()->isEnabled());
    dialog.setButton()->click();
    setKey(dialog.keyBox(), QStringLiteral("owner"));
    dialog.valueBox()->setEditText(QStringLiteral("ops@example"));
    dialog.setButton()->click();
    QCOMPARE(dialog.table()->rowCount(), 2);
    // Edit: the same key sets its value.
    setKey(dialog.keyBox(), QStringLiteral("env"));
    QCOMPARE(dialog.setButton()->text().remove(u'&'), QStringLiteral("Set"));
    dialog.valueBox()->setEditText(QStringLiteral("dev"));
    dialog.setButton()->click();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QSignalSpy changed(&dialog, &TagsDialog::tagsChanged);
    dialog.saveButton()->click();
    QTRY_COMPARE(changed.size(), 1);
    const QList<Tag> expected{{QStringLiteral("env"), QStringLiteral("dev")},
                              {QStringLiteral("owner"), QStringLiteral("ops@example")}};
    QVERIFY(SecretAdmin::sameTags(tagsOf(app.id), expected));
    QCOMPARE(history.count(), 1);
    history.tryUndo();
    QTRY_VERIFY(!history.isBusy());
    QVERIFY(tagsOf(app.id).isEmpty());
    history.tryRedo();
    QTRY_VERIFY(!history.isBusy());
    QVERIFY(SecretAdmin::sameTags(tagsOf(app.id), expected));
}

void TstAdminDialogs::tagRulesRefuseInTheDialog()
{
    const Secret app = secret(QStringLiteral("app"));
    QList<Tag> twenty;
    for (int i = 0; i < 20; ++i)
        twenty.append({QStringLiteral("k%1").arg(i), QString()});
    QVERIFY(await(m_client->tagAction(app.id, TagAction::Create, twenty)).ok());
    TagsDialog dialog(m_client.get(), nullptr, app.name, app.id);
    QTRY_VERIFY(dialog.isLoaded());
    setKey(dialog.keyBox(), QStringLiteral("_sys_x"));
    QVERIFY(!dialog.setButton()->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("_sys_")));
    setKey(dialog.keyBox(), QStringLiteral("k1"));
    dialog.valueBox()->setEditText(QStringLiteral("a#b"));
    QVERIFY(!dialog.setButton()->isEnabled());
    dialog.valueBox()->setEditText(QStringLiteral("ok"));
    QVERIFY(dialog.setButton()->isEnabled()); // an existing key: still 20
    setKey(dialog.keyBox(), QStringLiteral("k20"));
    QVERIFY(!dialog.setButton()->isEnabled()); // a 21st
    QVERIFY(dialog.problem().contains(QLatin1String("20")));
}

void TstAdminDialogs::bulkTagReportsEachSecret()
{
    QList<TagTarget> targets;
    for (int i = 0; i < 5; ++i) {
        CreateSecretRequest r;
        r.name = QStringLiteral("bulk-%1").arg(i);
        r.secretString = QStringLiteral("v");
        const auto s = await(m_client->createSecret(r));
        QVERIFY(s.ok());
        targets.append({s->name, s->id});
    }
    BulkTagDialog dialog(m_client.get(), targets);
    QCOMPARE(dialog.list()->count(), 5);
    QVERIFY(!dialog.startButton()->isEnabled());
    setKey(dialog.keyBox(), QStringLiteral("_sys_bad"));
    QVERIFY(!dialog.startButton()->isEnabled());
    setKey(dialog.keyBox(), QStringLiteral("team"));
    dialog.valueBox()->setEditText(QStringLiteral("payments"));
    QVERIFY(dialog.startButton()->isEnabled());
    QSignalSpy finished(&dialog, &BulkTagDialog::runFinished);
    dialog.startButton()->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(dialog.tagger()->summary().succeeded, 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY(dialog.list()->item(i)->text().contains(QLatin1String("done")));
    for (const TagTarget &t : targets)
        QVERIFY(SecretAdmin::sameTags(tagsOf(t.id),
                                      {{QStringLiteral("team"), QStringLiteral("payments")}}));
    // Remove it again, by key.
    dialog.removeChoice()->setChecked(true);
    dialog.valueBox()->setEditText(QString());
    QVERIFY(dialog.startButton()->isEnabled());
    dialog.startButton()->click();
    QTRY_COMPARE(finished.size(), 2);
    for (const TagTarget &t : targets)
        QVERIFY(tagsOf(t.id).isEmpty());
}

void TstAdminDialogs::bulkTagIsOneUndoStep()
{
    QList<TagTarget> targets;
    for (int i = 0; i < 3; ++i) {
        CreateSecretRequest r;
        r.name = QStringLiteral("undo-%1").arg(i);
        r.secretString = QStringLiteral("v");
        const auto s = await(m_client->createSecret(r));
        QVERIFY(s.ok());
        targets.append({s->name, s->id});
    }
    const QList<Tag> dev{{QStringLiteral("env"), QStringLiteral("dev")}};
    const QList<Tag> prod{{QStringLiteral("env"), QStringLiteral("prod")}};
    QVERIFY(await(m_client->tagAction(targets.at(1).id, TagAction::Create, dev)).ok());
    UndoHistory history;
    BulkTagDialog dialog(m_client.get(), targets);
    dialog.setUndoHistory(&history);
    setKey(dialog.keyBox(), QStringLiteral("env"));
    dialog.valueBox()->setEditText(QStringLiteral("prod"));
    QSignalSpy finished(&dialog, &BulkTagDialog::runFinished);
    dialog.startButton()->click();
    QTRY_COMPARE(finished.size(), 1);
    for (const TagTarget &t : targets)
        QVERIFY(SecretAdmin::sameTags(tagsOf(t.id), prod));
    QCOMPARE(history.count(), 1);
    // Without the English plural forms loaded, %n reads "secret(s)".
    QCOMPARE(history.undoText().remove(QLatin1String("(s)")),
             QStringLiteral("Tag 3 secret with env=prod"));

    // Undo: the tag goes where it was absent, the old value comes back where it was overwritten.
    // The window's guard (the production prompt) is asked once for the whole step.
    QStringList asked;
    history.setGuard([&asked](const QString &step, std::function<void(bool)> done) {
        asked.append(step);
        done(true);
    });
    QSignalSpy succeeded(&history, &UndoHistory::stepSucceeded);
    history.tryUndo();
    QTRY_COMPARE(succeeded.size(), 1);
    QCOMPARE(asked.size(), 1);
    QTRY_VERIFY(!history.isBusy());
    QCOMPARE(history.index(), 0);
    QVERIFY(tagsOf(targets.at(0).id).isEmpty());
    QVERIFY(SecretAdmin::sameTags(tagsOf(targets.at(1).id), dev));
    QVERIFY(tagsOf(targets.at(2).id).isEmpty());

    // Redo applies it again.
    history.tryRedo();
    QTRY_COMPARE(succeeded.size(), 2);
    QTRY_VERIFY(!history.isBusy());
    QCOMPARE(asked.size(), 2);
    QCOMPARE(history.index(), 1);
    for (const TagTarget &t : targets)
        QVERIFY(SecretAdmin::sameTags(tagsOf(t.id), prod));

    // Changed elsewhere meanwhile: undo skips that secret and says so, the others are restored.
    QVERIFY(await(m_client->tagAction(targets.at(2).id, TagAction::Create,
                                      {{QStringLiteral("env"), QStringLiteral("qa")}}))
                    .ok());
    QSignalSpy failed(&history, &UndoHistory::stepFailed);
    history.tryUndo();
    QTRY_COMPARE(failed.size(), 1);
    QTRY_VERIFY(!history.isBusy());
    QVERIFY(failed.first().first().toString().contains(targets.at(2).name));
    QVERIFY(tagsOf(targets.at(0).id).isEmpty());
    QVERIFY(SecretAdmin::sameTags(tagsOf(targets.at(1).id), dev));
    QVERIFY(SecretAdmin::sameTags(tagsOf(targets.at(2).id),
                                  {{QStringLiteral("env"), QStringLiteral("qa")}}));
    QCOMPARE(history.redoText().remove(QLatin1String("(s)")),
             QStringLiteral("Tag 2 secret with env=prod"));
}

void TstAdminDialogs::expiryMarkers()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0));
    QCOMPARE(ExpiryDelegate::marker(now.addSecs(-60), now), QStringLiteral("expired"));
    QCOMPARE(ExpiryDelegate::marker(now.addDays(3).addSecs(60), now),
             QStringLiteral("expires in 3 days"));
    QCOMPARE(ExpiryDelegate::marker(now.addSecs(3600), now), QStringLiteral("expires today"));
    QCOMPARE(ExpiryDelegate::marker(now.addDays(7), now), QStringLiteral("expires in 7 days"));
    QVERIFY(ExpiryDelegate::marker(now.addDays(8), now).isEmpty());
    QVERIFY(ExpiryDelegate::marker(QDateTime(), now).isEmpty());
}

void TstAdminDialogs::expiryFromTheBoard()
{
    UndoHistory history;
    StageBoard board(&history);
    board.setClient(m_client.get());
    board.setSecret(QStringLiteral("app"));
    QTRY_COMPARE(board.model()->rowCount(), 1);
    QVERIFY(qobject_cast<ExpiryDelegate *>(
            board.view()->itemDelegateForColumn(VersionStageModel::ExpiresColumn)));
    std::unique_ptr<QMenu> menu(board.buildContextMenu(0, {}, nullptr));
    auto *set = menu->findChild<QAction *>(QStringLiteral("setExpiryAction"));
    auto *clear = menu->findChild<QAction *>(QStringLiteral("clearExpiryAction"));
    QVERIFY(set && clear);
    QVERIFY(set->isEnabled());
    QVERIFY(!clear->isEnabled()); // nothing to clear yet

    // Double-click the Expires cell: the editor; in 2 days.
    QSignalSpy opened(board.expiry(), &ExpiryController::editorOpened);
    Q_EMIT board.view()->doubleClicked(board.model()->index(0, VersionStageModel::ExpiresColumn));
    QCOMPARE(opened.size(), 1);
    auto *editor = opened.first().first().value<ExpiryDialog *>();
    const QDateTime at = QDateTime::currentDateTime().addDays(2);
    editor->dateTimeEdit()->setDateTime(at);
    editor->accept();
    const QModelIndex cell = board.model()->index(0, VersionStageModel::ExpiresColumn);
    QTRY_VERIFY(cell.data(VersionStageModel::ExpireTimeRole).toDateTime().isValid());
    const QDateTime stored = cell.data(VersionStageModel::ExpireTimeRole).toDateTime();
    QVERIFY(qAbs(stored.secsTo(at)) < 60);
    QVERIFY(ExpiryDelegate::isSoon(stored, QDateTime::currentDateTime()));
    QCOMPARE(history.count(), 1);

    // Undo clears it again (checked against the server first), redo sets it.
    history.tryUndo();
    QTRY_VERIFY(!history.isBusy());
    QTRY_VERIFY(!board.model()
                         ->index(0, 0)
                         .data(VersionStageModel::ExpireTimeRole)
                         .toDateTime()
                         .isValid());
    QVERIFY(!await(m_client->listVersions(QStringLiteral("app")))->items.first().expireTime);
    history.tryRedo();
    QTRY_VERIFY(!history.isBusy());
    QTRY_VERIFY(board.model()
                        ->index(0, 0)
                        .data(VersionStageModel::ExpireTimeRole)
                        .toDateTime()
                        .isValid());

    // Clear from the menu.
    menu.reset(board.buildContextMenu(0, {}, nullptr));
    clear = menu->findChild<QAction *>(QStringLiteral("clearExpiryAction"));
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QTRY_VERIFY(!board.model()
                         ->index(0, 0)
                         .data(VersionStageModel::ExpireTimeRole)
                         .toDateTime()
                         .isValid());
    QCOMPARE(history.count(), 2);

    // A secret pending deletion: CSMS refuses, so the actions are disabled and say why.
    QVERIFY(await(m_client->scheduleDeletion(QStringLiteral("app"), 7)).ok());
    board.reload();
    QTRY_COMPARE(board.model()->secretTraits().state, QStringLiteral("PENDING_DELETE"));
    menu.reset(board.buildContextMenu(0, {}, nullptr));
    set = menu->findChild<QAction *>(QStringLiteral("setExpiryAction"));
    QVERIFY(!set->isEnabled());
    QVERIFY(set->toolTip().contains(QLatin1String("enabled")));
}

void TstAdminDialogs::newSecretWithKmsKeyAndBinary()
{
    NewSecretDialog dialog(m_client.get());
    CreateOptions *options = dialog.createOptions();
    QVERIFY(options->enterpriseProjectEdit()->isHidden()); // the sandbox profile names none
    dialog.nameEdit()->setText(QStringLiteral("cert"));
    QByteArray bytes(300, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    QVERIFY(options->setBinary(bytes));
    QCOMPARE(options->binaryLabel()->text(), QStringLiteral("binary, 300 bytes"));
    QVERIFY(!dialog.valueEdit()->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    options->kmsKeyEdit()->setText(QStringLiteral("csms/other"));
    QVERIFY(!dialog.canCreate());
    QVERIFY(dialog.problem().contains(QLatin1String("KMS")));
    options->kmsKeyEdit()->setText(QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f"));
    QVERIFY(dialog.canCreate());
    QVERIFY(!options->setBinary(QByteArray(24577, 'x'))); // 32772 characters of Base64
    QVERIFY(!dialog.canCreate());
    QVERIFY(options->setBinary(bytes));
    QSignalSpy created(&dialog, &NewSecretDialog::secretCreated);
    dialog.createButton()->click();
    QTRY_COMPARE(created.size(), 1);
    QVERIFY(!options->hasBinary()); // wiped once sent
    const Secret s = secret(QStringLiteral("cert"));
    QCOMPARE(s.kmsKeyId, QStringLiteral("0d0466b0-e727-4d9c-b35d-f84bb474a37f"));
    auto version = await(m_client->showVersion(QStringLiteral("cert"), QStringLiteral("v1")));
    QVERIFY(version.ok());
    QVERIFY(version->isBinary());
    QCOMPARE(QByteArray::fromBase64(*version->secretBinary), bytes);
    version.value().wipe();
}

void TstAdminDialogs::newDatabaseSecretWithRotation()
{
    Profile withProject = m_client->profile();
    withProject.enterpriseProjectId = QStringLiteral("0");
    CsmsClient client(&m_nam, withProject, SandboxProfile::credentials());
    NewSecretDialog dialog(&client);
    CreateOptions *options = dialog.createOptions();
    QVERIFY(!options->enterpriseProjectEdit()->isHidden());
    QCOMPARE(options->enterpriseProjectEdit()->text(), QStringLiteral("0"));
    dialog.nameEdit()->setText(QStringLiteral("rds-app"));
    dialog.valueEdit()->setPlainText(QStringLiteral("{\"username\":\"app\",\"password\":\"p\"}"));
    dialog.typeBox()->setCurrentIndex(1); // RDS-FG
    dialog.instanceEdit()->setText(QStringLiteral("inst-1"));
    options->subTypeBox()->setCurrentIndex(
            options->subTypeBox()->findData(QStringLiteral("MultiUser")));
    options->autoRotationBox()->setChecked(true);
    options->periodEdit()->setText(QStringLiteral("5h")); // under 6 hours
    QVERIFY(!dialog.canCreate());
    QVERIFY(dialog.problem().contains(QLatin1String("6 hours")));
    options->periodEdit()->setText(QStringLiteral("7d"));
    QVERIFY2(dialog.canCreate(), qPrintable(dialog.problem()));
    QSignalSpy created(&dialog, &NewSecretDialog::secretCreated);
    dialog.createButton()->click();
    QTRY_COMPARE(created.size(), 1);
    const Secret s = secret(QStringLiteral("rds-app"));
    QCOMPARE(s.secretType, QStringLiteral("RDS-FG"));
    QVERIFY(s.rotationConfig.contains(QLatin1String("MultiUser")));
    QVERIFY(s.rotationConfig.contains(QLatin1String("inst-1")));
    QVERIFY(s.autoRotation);
    QCOMPARE(s.rotationPeriod, QStringLiteral("7d"));
    QCOMPARE(s.enterpriseProjectId, QStringLiteral("0"));
}

QTEST_MAIN(TstAdminDialogs)
#include "tst_admindialogs.moc"
