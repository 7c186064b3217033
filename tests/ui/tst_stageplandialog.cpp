// SPDX-License-Identifier: Apache-2.0
// The stage plan dialog against a real csms-local: plan and apply across the selected secrets,
// results per row, one undo step that undoes and redoes the whole plan; the window's filter and a
// tag as scope; the production guard asked once for the whole plan; "where is this stage?" sorted
// so stragglers come first; export; Secrets > Stage plan… in the window. No value in any role.
// The plan's table hears of the answers once a frame, not once per secret.
#include "core/plan/planrunner.h"
#include "ui/mainwindow.h"
#include "ui/plan/planmodel.h"
#include "ui/plan/stageplandialog.h"
#include "ui/plan/stagewheremodel.h"
#include "ui/profiles/productionguard.h"
#include "ui/undohistory.h"
#include "uisandbox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::PlanModel;
using keystage::ui::ProductionGuard;
using keystage::ui::StagePlanDialog;
using keystage::ui::StageWhereModel;

class TestStagePlanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useScratchSettings(m_settingsDir.path(), QStringLiteral("tst_stageplandialog"));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
    }

    void planApplyUndoRedo()
    {
        const QStringList names = makeSecrets(QStringLiteral("sel"), 6);
        ui::UndoHistory history;
        StagePlanDialog dialog(m_client.get(), &history, {names, {}, {}, {}});
        QAbstractItemModelTester tester(dialog.planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        auto *apply = button(dialog, "applyButton");
        QVERIFY(!apply->isEnabled());
        QVERIFY(!button(dialog, "buildButton")->isEnabled()); // no stage typed yet
        choose(dialog, PlanOperation::Kind::Promote, QStringLiteral("BETA"));
        QVERIFY(build(dialog));
        PlanModel *model = dialog.planModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(cell(model, 0, PlanModel::NowColumn), QStringLiteral("BETA on v1"));
        QCOMPARE(cell(model, 0, PlanModel::AfterColumn), QStringLiteral("BETA → v3"));
        QCOMPARE(cell(model, 0, PlanModel::RisksColumn),
                 StageEffect({StageEffectKind::VersionDeprecated, QStringLiteral("v1"), {}})
                         .describe());
        QCOMPARE(cell(model, 0, PlanModel::ResultColumn), QStringLiteral("Planned"));
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(QStringLiteral("6 secret")));
        assertNoValues(model);

        QSignalSpy applied(&dialog, &StagePlanDialog::applied);
        QSignalSpy changed(&dialog, &StagePlanDialog::secretsChanged);
        QSignalSpy results(dialog.runner(), &PlanRunner::resultReady);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(applied.wait(60000));
        QVERIFY(results.size() >= 6); // per row, as they came
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(cell(model, row, PlanModel::ResultColumn), QStringLiteral("Done"));
            QVERIFY(!cell(model, row, PlanModel::RequestColumn).isEmpty());
            QCOMPARE(holder(names.at(row), QStringLiteral("BETA")), QStringLiteral("v3"));
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), names);
        QVERIFY(!apply->isEnabled()); // a plan is applied once
        assertNoValues(model);

        // One undo step for the whole plan.
        QCOMPARE(history.count(), 1);
        QVERIFY(history.undoText().contains(QStringLiteral("(6 secret")));
        QSignalSpy stepped(&history, &ui::UndoHistory::stepSucceeded);
        history.tryUndo();
        QVERIFY(stepped.wait(60000));
        for (const QString &name : names)
            QCOMPARE(holder(name, QStringLiteral("BETA")), QStringLiteral("v1"));
        history.tryRedo();
        QVERIFY(stepped.wait(60000));
        for (const QString &name : names)
            QCOMPARE(holder(name, QStringLiteral("BETA")), QStringLiteral("v3"));
    }

    // Cancel during Apply: the secrets already started finish and stay done, the others are
    // listed as not tried, the server agrees, and the undo step covers exactly the done ones.
    void cancelDuringApplyKeepsWhatWasDone()
    {
        const QStringList names = makeSecrets(QStringLiteral("cxl"), 20);
        ui::UndoHistory history;
        StagePlanDialog dialog(m_client.get(), &history, {names, {}, {}, {}});
        dialog.show();
        choose(dialog, PlanOperation::Kind::Promote, QStringLiteral("BETA"));
        QVERIFY(build(dialog));
        QSignalSpy applied(&dialog, &StagePlanDialog::applied);
        QPushButton *cancel = button(dialog, "cancelButton");
        connect(dialog.runner(), &PlanRunner::resultReady, cancel,
                [cancel](int, const PlanResult &r) {
                    if (r.status == PlanResult::Status::Done && cancel->isEnabled())
                        cancel->click(); // after the first secret is done
                });
        button(dialog, "applyButton")->click();
        QVERIFY(applied.wait(60000));
        const PlanSummary s = dialog.runner()->summary();
        QVERIFY(s.done > 0 && s.notTried > 0);
        QCOMPARE(s.done + s.notTried, 20);
        PlanModel *model = dialog.planModel();
        for (int row = 0; row < 20; ++row) {
            const QString result = cell(model, row, PlanModel::ResultColumn);
            QVERIFY2(result == QLatin1String("Done") || result == QLatin1String("Not tried"),
                     qPrintable(result));
            QCOMPARE(holder(names.at(row), QStringLiteral("BETA")),
                     result == QLatin1String("Done") ? QStringLiteral("v3") : QStringLiteral("v1"));
        }
        QCOMPARE(history.count(), 1);
        QSignalSpy stepped(&history, &ui::UndoHistory::stepSucceeded);
        history.tryUndo();
        QVERIFY(stepped.wait(60000));
        for (const QString &name : names)
            QCOMPARE(holder(name, QStringLiteral("BETA")), QStringLiteral("v1"));
    }

    void scopeFromTheFilterAndFromATag()
    {
        const QStringList matching = makeSecrets(QStringLiteral("flt-match"), 3);
        makeSecrets(QStringLiteral("flt-other"), 2);
        for (const QString &name : matching.mid(0, 2)) {
            const auto s = test::await(m_client->showSecret(name));
            QVERIFY(s.ok());
            QVERIFY(test::await(m_client->createTag(
                                        s->id, {QStringLiteral("team"), QStringLiteral("billing")}))
                            .ok());
        }
        {
            StagePlanDialog dialog(m_client.get(), nullptr,
                                   {{}, QStringLiteral("flt-match"), {}, {}});
            auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeBox"));
            QCOMPARE(scope->count(), 2); // nothing selected: the filter or a tag
            scope->setCurrentIndex(0);
            choose(dialog, PlanOperation::Kind::RollBack, {});
            QVERIFY(build(dialog));
            QCOMPARE(names(dialog.plan()), matching);
            QCOMPARE(dialog.plan().count(PlanRow::Status::Planned), 3);
        }
        {
            StagePlanDialog dialog(m_client.get(), nullptr, {{}, {}, {}, {}});
            auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scopeBox"));
            scope->setCurrentIndex(1);
            auto *tag = dialog.findChild<QLineEdit *>(QStringLiteral("tagEdit"));
            QVERIFY(tag->isEnabled());
            choose(dialog, PlanOperation::Kind::RollBack, {});
            QVERIFY(!button(dialog, "buildButton")->isEnabled()); // no tag yet
            QTest::keyClicks(tag, QStringLiteral("team=billing"));
            QVERIFY(build(dialog));
            QCOMPARE(names(dialog.plan()), matching.mid(0, 2));
        }
    }

    void productionGuardAskedOnce()
    {
        const QStringList names = makeSecrets(QStringLiteral("prod"), 4);
        Profile p = m_client->profile();
        p.production = true;
        p.displayName = QStringLiteral("Production");
        CsmsClient client(&m_nam, p, ui::SandboxProfile::credentials());
        StagePlanDialog dialog(&client, nullptr, {names, {}, {}, {}});
        dialog.show();
        choose(dialog, PlanOperation::Kind::RollBack, {});
        QVERIFY(build(dialog));
        // Declined: nothing is written.
        ProductionGuard::setNextAnswerForTesting(false);
        button(dialog, "applyButton")->click();
        QTRY_VERIFY(button(dialog, "applyButton")->isEnabled());
        QVERIFY(!dialog.runner()->isRunning());
        QCOMPARE(holder(names.first(), StageRules::current()), QStringLiteral("v3"));
        // Confirmed once: every secret goes, with no further question.
        ProductionGuard::setNextAnswerForTesting(true);
        QSignalSpy applied(&dialog, &StagePlanDialog::applied);
        button(dialog, "applyButton")->click();
        QVERIFY(applied.wait(60000));
        ProductionGuard::setNextAnswerForTesting(std::nullopt);
        QCOMPARE(dialog.runner()->summary().done, 4);
        QVERIFY(dialog.findChildren<ProductionGuard *>().isEmpty());
        for (const QString &name : names)
            QCOMPARE(holder(name, StageRules::current()), QStringLiteral("v2"));
    }

    void whereIsThisStageShowsStragglersFirst()
    {
        const QStringList names = makeSecrets(QStringLiteral("where"), 3);
        // where-000: BETA on v1 (2 behind); where-001: on v2 (1 behind); where-002: on v3.
        QVERIFY(test::await(m_client->moveStage(names.at(1), QStringLiteral("BETA"),
                                                QStringLiteral("v2")))
                        .ok());
        QVERIFY(test::await(m_client->moveStage(names.at(2), QStringLiteral("BETA"),
                                                QStringLiteral("v3")))
                        .ok());
        StagePlanDialog dialog(m_client.get(), nullptr, {names, {}, {}, {}});
        QAbstractItemModelTester tester(dialog.whereModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        choose(dialog, PlanOperation::Kind::Promote, QStringLiteral("BETA"));
        QVERIFY(build(dialog));
        QCOMPARE(dialog.plan().count(PlanRow::Status::NothingToDo), 1);
        auto *stageBox = dialog.findChild<QComboBox *>(QStringLiteral("whereStageBox"));
        QCOMPARE(stageBox->currentText(), QStringLiteral("BETA"));
        QVERIFY(stageBox->findText(StageRules::current()) >= 0);
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("whereView"));
        view->sortByColumn(StageWhereModel::BehindColumn, Qt::DescendingOrder);
        QAbstractItemModel *sorted = view->model();
        QCOMPARE(sorted->index(0, StageWhereModel::SecretColumn).data().toString(), names.at(0));
        QCOMPARE(sorted->index(0, StageWhereModel::VersionColumn).data().toString(),
                 QStringLiteral("v1"));
        QCOMPARE(sorted->index(0, StageWhereModel::BehindColumn).data().toString(),
                 QStringLiteral("2 behind"));
        QCOMPARE(sorted->index(2, StageWhereModel::BehindColumn).data().toString(),
                 QStringLiteral("newest"));
        QVERIFY(!sorted->index(0, StageWhereModel::AgeColumn).data().toString().isEmpty());
        // Oldest first by age: the v1 holder was created first.
        view->sortByColumn(StageWhereModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(sorted->index(0, StageWhereModel::SecretColumn).data().toString(), names.at(0));
        stageBox->setCurrentText(StageRules::current());
        QCOMPARE(sorted->index(0, StageWhereModel::VersionColumn).data().toString(),
                 QStringLiteral("v3"));
        assertNoValues(sorted);

        // The columns fit what they hold when the tab shows (a hidden table is not measured at
        // the end of every build).
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget *>()->setCurrentWidget(view->parentWidget());
        QVERIFY(view->isVisible());
        for (int column : {StageWhereModel::SecretColumn, StageWhereModel::VersionColumn}) {
            const int shown = view->columnWidth(column);
            view->resizeColumnToContents(column); // fitting again changes nothing
            QCOMPARE(view->columnWidth(column), shown);
        }
    }

    void exportsPlanAndResults()
    {
        const QStringList names = makeSecrets(QStringLiteral("exp"), 2);
        StagePlanDialog dialog(m_client.get(), nullptr, {names, {}, {}, {}});
        choose(dialog, PlanOperation::Kind::DeleteStage, QStringLiteral("BETA"));
        QVERIFY(build(dialog));
        QSignalSpy applied(&dialog, &StagePlanDialog::applied);
        button(dialog, "applyButton")->click();
        QVERIFY(applied.wait(60000));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("plan.csv"));
        const QString jsonl = dir.filePath(QStringLiteral("plan.jsonl"));
        QVERIFY(dialog.exportTo(csv));
        QVERIFY(dialog.exportTo(jsonl));
        QFile c(csv), j(jsonl);
        QVERIFY(c.open(QIODevice::ReadOnly) && j.open(QIODevice::ReadOnly));
        const QByteArray csvText = c.readAll(), jsonText = j.readAll();
        QVERIFY(csvText.contains("exp-000,BETA,v1,,done,"));
        QVERIFY(jsonText.contains("\"result\":\"done\""));
        QVERIFY(!csvText.contains("pv-") && !jsonText.contains("pv-"));
    }

    void theWindowOpensItFromTheSecretsMenu()
    {
        makeSecrets(QStringLiteral("win"), 1);
        ui::MainWindow window;
        window.show();
        window.setClient(m_client.get());
        QMenu *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("secretsMenu"));
        QVERIFY(menu);
        QAction *action = window.findChild<QAction *>(QStringLiteral("stagePlanAction"));
        QVERIFY(action);
        QVERIFY(menu->actions().contains(action));
        QSignalSpy opened(&window, &ui::MainWindow::bulkDialogOpened);
        action->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<StagePlanDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void answersReachTheTableOnceAFrame()
    {
        auto model = std::make_unique<PlanModel>();
        auto tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        StagePlan plan;
        for (int i = 0; i < 300; ++i) {
            PlanRow row;
            row.secretName = QStringLiteral("burst-%1").arg(i);
            row.status = PlanRow::Status::NotRead;
            plan.rows.append(row);
        }
        model->setPlan(plan);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // Rows read (in any order), then an apply's results, all in one burst of answers.
        for (int i = 299; i >= 0; --i) {
            PlanRow row = plan.rows.at(i);
            row.status = PlanRow::Status::NothingToDo;
            row.reason = QStringLiteral("read");
            model->setRow(i, row);
        }
        for (int i = 100; i < 200; ++i) {
            PlanResult result;
            result.status = PlanResult::Status::Skipped;
            model->setResult(i, result);
        }
        QCOMPARE(cell(model.get(), 7, PlanModel::AfterColumn), QStringLiteral("read")); // at once
        QTRY_COMPARE(changed.count(), 1); // one change over the rows, not 400
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 299);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), PlanModel::ColumnCount - 1);
    }

private:
    QStringList makeSecrets(const QString &prefix, int count)
    {
        QStringList names;
        for (int i = 0; i < count; ++i) {
            const QString name
                    = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
            CreateSecretRequest r;
            r.name = name;
            r.secretString = QStringLiteral("pv-1");
            if (!test::await(m_client->createSecret(r)).ok())
                return {};
            for (int v = 2; v <= 3; ++v) {
                CreateVersionRequest cv;
                cv.secretString = QStringLiteral("pv-%1").arg(v);
                if (!test::await(m_client->createVersion(name, cv)).ok())
                    return {};
            }
            if (!test::await(
                         m_client->createStage(name, QStringLiteral("BETA"), QStringLiteral("v1")))
                         .ok())
                return {};
            names << name;
        }
        return names;
    }
    QString holder(const QString &secret, const QString &stage)
    {
        const auto r = test::await(m_client->showStage(secret, stage));
        return r.ok() ? r->versionId : QString();
    }
    static QPushButton *button(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    static void choose(StagePlanDialog &dialog, PlanOperation::Kind kind, const QString &stage)
    {
        auto *op = dialog.findChild<QComboBox *>(QStringLiteral("operationBox"));
        op->setCurrentIndex(op->findData(int(kind)));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("stageEdit"));
        edit->clear();
        if (edit->isEnabled())
            QTest::keyClicks(edit, stage);
    }
    static bool build(StagePlanDialog &dialog)
    {
        QSignalSpy built(&dialog, &StagePlanDialog::planBuilt);
        QPushButton *b = button(dialog, "buildButton");
        if (!b->isEnabled())
            return false;
        b->click();
        return built.wait(60000);
    }
    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    static QStringList names(const StagePlan &plan)
    {
        QStringList out;
        for (const PlanRow &r : plan.rows)
            out << r.secretName;
        out.sort();
        return out;
    }
    // The values are "pv-1".."pv-3": none may be in a display or tool tip role.
    static void assertNoValues(const QAbstractItemModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = model->index(row, column).data(role).toString();
                    QVERIFY2(!text.contains(QStringLiteral("pv-")), qPrintable(text));
                }
            }
        }
    }

    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_nam;
    test::CsmsLocal m_server;
    std::unique_ptr<CsmsClient> m_client;
};

QTEST_MAIN(TestStagePlanDialog)
#include "tst_stageplandialog.moc"
