// SPDX-License-Identifier: Apache-2.0
// ActivityPane: failed calls stand out (error colour and icon), "Errors only" and the text filter
// narrow the log, Copy rows puts whole rows (with titles) on the clipboard, Copy request id the id,
// and the export writes what is shown as CSV or JSON lines. Tab leaves the log. A burst of calls
// (a plan over many secrets) reaches the log as one insertion, scrolled to the newest.
#include "core/model/activitymodel.h"
#include "ui/activity/activitypane.h"
#include "ui/kepttextdelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keystage;
using keystage::ui::ActivityPane;

// The style's own painting of a cell (the reference for the kept texts).
class StyleDrawn : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
};

class TestActivityPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ActivityModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 6; ++i) {
            ApiCallRecord r;
            r.startedAt = t0.addSecs(i);
            r.method = i % 2 ? "PUT" : "GET";
            r.path = QStringLiteral("/v1/p/secrets/app-%1/versions").arg(i);
            r.httpStatus = i == 3 ? 404 : i == 5 ? 0 : 200;
            r.attempts = i == 5 ? 4 : 1;
            r.requestId = i == 5 ? QString() : QStringLiteral("req-%1").arg(i);
            if (i == 3) {
                r.code = QStringLiteral("CSMS.0106");
                r.errorKind = ApiError::Kind::NotFound;
            } else if (i == 5) {
                r.errorKind = ApiError::Kind::Network;
            }
            m_model->addRecord(r);
        }
        QTRY_COMPARE(m_model->rowCount(), 6); // inserted from the event loop, all at once
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void failuresStandOut()
    {
        ActivityPane pane(m_model.get());
        QAbstractItemModel *shown = pane.view()->model();
        const QColor okColour = shown->index(0, ActivityModel::PathColumn)
                                        .data(Qt::ForegroundRole)
                                        .value<QColor>();
        const QColor failedColour = shown->index(3, ActivityModel::PathColumn)
                                            .data(Qt::ForegroundRole)
                                            .value<QColor>();
        QVERIFY(failedColour.isValid());
        QVERIFY(failedColour != okColour);
        QVERIFY(!shown->index(3, ActivityModel::StatusColumn)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        QVERIFY(shown->index(0, ActivityModel::StatusColumn).data(Qt::DecorationRole).isNull());
    }

    void filtersErrorsAndText()
    {
        ActivityPane pane(m_model.get());
        QCOMPARE(pane.shownRows(), QList<int>({0, 1, 2, 3, 4, 5}));
        auto *errorsOnly = pane.findChild<QCheckBox *>(QStringLiteral("activityErrorsOnly"));
        QTest::mouseClick(errorsOnly, Qt::LeftButton, {}, QPoint(5, errorsOnly->height() / 2));
        QVERIFY(errorsOnly->isChecked());
        QCOMPARE(pane.shownRows(), QList<int>({3, 5}));
        errorsOnly->setChecked(false);
        auto *text = pane.findChild<QLineEdit *>(QStringLiteral("activityFilter"));
        QTest::keyClicks(text, QStringLiteral("app-4"));
        QCOMPARE(pane.shownRows(), QList<int>({4}));
        text->clear();
        QTest::keyClicks(text, QStringLiteral("csms.0106")); // any column, any case
        QCOMPARE(pane.shownRows(), QList<int>({3}));
        text->clear();
        QTest::keyClicks(text, QStringLiteral("network")); // the kind of a failure too
        QCOMPARE(pane.shownRows(), QList<int>({5}));
    }

    void copiesRowsAndRequestIds()
    {
        ActivityPane pane(m_model.get());
        QTableView *view = pane.view();
        view->selectRow(2);
        view->selectionModel()->select(view->model()->index(3, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        pane.copySelectedRows();
        const QStringList lines
                = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Time\tMethod\tPath")));
        QVERIFY(lines.at(1).contains(QStringLiteral("/v1/p/secrets/app-2/versions\t200")));
        QVERIFY(lines.at(2).contains(QStringLiteral("CSMS.0106\treq-3")));

        view->setCurrentIndex(view->model()->index(4, 0));
        pane.copyRequestId();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("req-4"));
    }

    void exportsWhatIsShown()
    {
        QTemporaryDir dir;
        ActivityPane pane(m_model.get());
        pane.setErrorsOnly(true);
        const QString csvFile = dir.filePath(QStringLiteral("log.csv"));
        QCOMPARE(pane.exportTo(csvFile), QString());
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QCOMPARE(rows.size(), 4); // titles, two failures, the final newline
        QVERIFY(rows.at(1).contains("CSMS.0106"));
        QVERIFY(rows.at(2).contains("Network"));

        const QString jsonFile = dir.filePath(QStringLiteral("log.jsonl"));
        QCOMPARE(pane.exportTo(jsonFile), QString());
        QFile json(jsonFile);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = json.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0))
                         .object()
                         .value(QStringLiteral("code"))
                         .toString(),
                 QStringLiteral("CSMS.0106"));
        QVERIFY(!pane.exportTo(dir.filePath(QStringLiteral("missing/dir/log.csv"))).isEmpty());
    }

    void burstIsOneInsertion()
    {
        ActivityPane pane(m_model.get());
        pane.resize(600, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy inserted(pane.view()->model(), &QAbstractItemModel::rowsInserted);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 200; ++i) {
            ApiCallRecord r;
            r.startedAt = t0.addMSecs(i);
            r.method = "PUT";
            r.path = QStringLiteral("/v1/p/secrets/burst-%1/stages/PLAN").arg(i);
            r.httpStatus = 200;
            r.requestId = QStringLiteral("burst-%1").arg(i);
            m_model->addRecord(r);
        }
        QTRY_COMPARE(pane.shownRows().size(), 206);
        QCOMPARE(inserted.count(), 1); // one insertion (and one scroll, one paint), not 200
        QCOMPARE(inserted.at(0).at(1).toInt(), 6);
        QCOMPARE(inserted.at(0).at(2).toInt(), 205);
        QCOMPARE(m_model->record(205).requestId, QStringLiteral("burst-199"));
        // The log follows the newest call.
        QScrollBar *bar = pane.view()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 0);
    }

    void keptTextsPaintAsTheStyle()
    {
        // A repaint of the log for a new call does not shape the shown rows' texts again, and
        // what it paints is what the style paints: colours of failed calls, the left-elided
        // path, the right-aligned status and latency, the error icon.
        ActivityPane pane(m_model.get());
        pane.resize(760, 300); // the stretched path column narrow: paths elided on the left
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTableView *view = pane.view();
        view->selectRow(1);
        auto *kept = qobject_cast<ui::KeptTextDelegate *>(view->itemDelegate());
        QVERIFY(kept);
        const QImage first = view->viewport()->grab().toImage();
        const int shaped = kept->keptTexts();
        QVERIFY2(shaped >= 6 * 3, qPrintable(QString::number(shaped)));
        QCOMPARE(view->viewport()->grab().toImage(), first);
        QCOMPARE(kept->keptTexts(), shaped); // nothing shaped again
        StyleDrawn style;
        view->setItemDelegate(&style);
        const QImage styled = view->viewport()->grab().toImage();
        view->setItemDelegate(kept);
        QCOMPARE(first, styled);
        // A new call: only its own texts are shaped.
        ApiCallRecord next;
        next.startedAt = QDateTime::currentDateTimeUtc();
        next.method = "GET";
        next.path = QStringLiteral("/v1/p/secrets/app-9/stages/SYSCURRENT");
        next.httpStatus = 200;
        next.requestId = QStringLiteral("req-9");
        m_model->addRecord(next);
        QTRY_COMPARE(m_model->rowCount(), 7);
        const QImage seventh = view->viewport()->grab().toImage();
        QVERIFY(kept->keptTexts() > shaped);
        QVERIFY(kept->keptTexts() <= shaped + 5);
        view->setItemDelegate(&style);
        QCOMPARE(seventh, view->viewport()->grab().toImage());
        view->setItemDelegate(kept);
    }

    void tabLeavesTheLog()
    {
        QWidget window;
        auto *pane = new ActivityPane(m_model.get(), &window);
        auto *after = new QLineEdit(&window);
        QWidget::setTabOrder(pane->view(), after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pane->view()->setFocus();
        pane->view()->setCurrentIndex(pane->view()->model()->index(0, 0));
        QTest::keyClick(pane->view(), Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
    }

private:
    std::unique_ptr<ActivityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestActivityPane)
#include "tst_activitypane.moc"
