// SPDX-License-Identifier: Apache-2.0
// bench_window: the Keystage window against a real, already running csms-local (a benchmark, not a
// test). Run it on a display (Xvfb) or with QT_QPA_PLATFORM=offscreen:
//   bench_window [SECRETS] [--page-size N] [--startup-runs N] [--scroll-step ROWS]
//                [--only startup,scroll,plan,delete]
//     SECRETS        demo secrets seeded into csms-local (default 100000); 1,000 more named
//                    "aaa-bench-bulk-NNNN" are created for the bulk delete, so they list first
//     --page-size    the profile's page size (default 100, as the sandbox profile of keystage)
//     --startup-runs how many fresh processes measure the startup (default 5)
//     --scroll-step  rows per scroll step, one step every 16 ms (default: one screen, PageDown)
//     --only         the phases to run, comma-separated (default: all four)
// Measures:
//   startup  a fresh process (this executable with --startup-child) builds the window as
//            app/main.cpp does, shows it, connects to the running csms-local and reports when the
//            secrets table first paints rows: from the parent's fork/exec, and from main()
//   scroll   the table scrolled to the bottom, one step per 16 ms frame, while pages load
//   plan     the same 1,000 secrets selected, Secrets > Stage plan… (its opening measured apart),
//            "add stage PLAN to the newest version": Build plan, then Apply (issue 20), closed
//   delete   1,000 secrets selected in the table, Delete, typed confirmation, the dialog's default
//            mode (scheduled deletion), then the dialog closed and the list refreshed
// Event-loop stalls: a 1 ms PreciseTimer on the ui thread records the gap between its ticks; a gap
// of G ms means nothing else could run for about G ms. Reported: max, p99, and gaps over 16 ms,
// and for the longest gaps the events that ran in them (receiver class, object name, event type,
// ms: QApplication::notify is timed at the top level of the event loop).
#include "benchsupport.h"
#include "core/model/secretlistmodel.h"
#include "core/plan/planrunner.h"
#include "ui/bulkdeletedialog.h"
#include "ui/mainwindow.h"
#include "ui/plan/stageplandialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRadioButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace keystage;
using namespace keystage::bench;
using namespace keystage::test;

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Times each event the event loop delivers at its top level; the ones of 1 ms or more since the
// last take() are kept with their receiver, so a long gap can say what ran in it.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_recording)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const QEvent::Type type = event->type();
        // What is known before delivery: the receiver may be deleted by it.
        const char *className = receiver->metaObject()->className();
        QString name = receiver->objectName();
        if ((name.isEmpty() || name.startsWith(QLatin1String("qt_"))) && receiver->parent())
            name = receiver->parent()->objectName() + QLatin1Char('>') + name; // a view's part
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms >= 1.0)
            m_slow.append({ms, QStringLiteral("%1%2%3 ev%4")
                                       .arg(QLatin1String(className),
                                            name.isEmpty() ? QString() : QStringLiteral("/"), name)
                                       .arg(int(type))});
        return result;
    }
    void setRecording(bool on)
    {
        m_recording = on;
        m_slow.clear();
    }
    // The slow events since the last call, longest first, as "3.1 ms Class/name ev43; ...".
    QString take(int most)
    {
        std::sort(m_slow.begin(), m_slow.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        for (int i = 0; i < qMin(most, int(m_slow.size())); ++i)
            parts << QStringLiteral("%1 ms %2")
                             .arg(m_slow.at(i).first, 0, 'f', 1)
                             .arg(m_slow.at(i).second);
        if (m_slow.size() > most)
            parts << QStringLiteral("+%1 more").arg(m_slow.size() - most);
        m_slow.clear();
        return parts.join(QStringLiteral("; "));
    }

private:
    int m_depth = 0;
    bool m_recording = false;
    QList<QPair<double, QString>> m_slow;
};

BenchApplication *benchApp()
{
    return static_cast<BenchApplication *>(QCoreApplication::instance());
}

// Records the gaps between the ticks of a 1 ms timer while running.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = double(now - m_last) / 1e6;
            m_gaps << gap;
            const QString ran = benchApp()->take(4);
            if (gap > 16.0)
                m_long.append({gap, QStringLiteral("at %1 s: %2")
                                            .arg(double(m_last) / 1e9, 0, 'f', 2)
                                            .arg(ran)});
            if (gap > m_worst) {
                m_worst = gap;
                m_worstAt = double(m_last) / 1e6;
                m_worstContext = m_context ? m_context() : QString();
            }
            m_last = now;
        });
    }
    void start(std::function<QString()> context = {})
    {
        m_context = std::move(context);
        m_gaps.clear();
        m_long.clear();
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        benchApp()->setRecording(true);
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        benchApp()->setRecording(false);
    }
    void report(const char *what) const
    {
        int over = 0;
        for (double g : m_gaps)
            over += g > 16.0 ? 1 : 0;
        std::printf("%s: %.1f s, %lld ticks; stall max %.1f ms (at %.2f s, %s), p99 %.2f ms, "
                    "p99.9 %.2f ms, %d gaps > 16 ms\n",
                    what, double(m_clock.nsecsElapsed()) / 1e9, qlonglong(m_gaps.size()), m_worst,
                    m_worstAt / 1000, qPrintable(m_worstContext), percentile(m_gaps, 0.99),
                    percentile(m_gaps, 0.999), over);
        QList<QPair<double, QString>> longest = m_long;
        std::sort(longest.begin(), longest.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < qMin(8, int(longest.size())); ++i)
            std::printf("    gap %.1f ms %s\n", longest.at(i).first,
                        qPrintable(longest.at(i).second));
        std::fflush(stdout);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
    QList<QPair<double, QString>> m_long; // gaps over 16 ms and what ran in them
    double m_worst = 0;
    double m_worstAt = 0;
    QString m_worstContext;
    std::function<QString()> m_context;
};

void setAppNames()
{
    QApplication::setOrganizationName(QStringLiteral("Keystage"));
    QApplication::setOrganizationDomain(QStringLiteral("keystage.dev"));
    QApplication::setApplicationName(QStringLiteral("keystage"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keystage"));
}

Profile profileFor(const QUrl &url, int pageSize)
{
    Profile p;
    p.id = QStringLiteral("bench");
    p.csmsEndpoint = url;
    p.iamEndpoint = url;
    p.projectId = SandboxCredentials::projectId();
    p.accessKey = SandboxCredentials::accessKey();
    p.pageSize = pageSize;
    return p;
}

std::unique_ptr<CsmsClient> clientFor(QNetworkAccessManager *nam, const QUrl &url, int pageSize)
{
    Credentials c;
    c.secretKey = SandboxCredentials::secretKey();
    return std::make_unique<CsmsClient>(nam, profileFor(url, pageSize), c);
}

// Fires once when the watched viewport receives a Paint event while its model has rows.
class FirstRowsPaint : public QObject
{
public:
    FirstRowsPaint(QTableView *view, std::function<void()> done)
        : m_view(view)
        , m_done(std::move(done))
    {
        view->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Paint && m_view->model()
            && m_view->model()->rowCount() > 0) {
            m_fired = true;
            // Report after this paint has run (the rows are in the backing store).
            QTimer::singleShot(0, this, m_done);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    std::function<void()> m_done;
    bool m_fired = false;
};

// A fresh process: window as app/main.cpp builds it, then the first page of rows painted.
int startupChild(int argc, char **argv)
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    setAppNames();
    const QUrl url(qEnvironmentVariable("BENCH_URL"));
    const int pageSize = qEnvironmentVariableIntValue("BENCH_PAGE_SIZE");
    const qint64 spawnNs = qEnvironmentVariable("BENCH_SPAWN_NS").toLongLong();
    const qint64 appNs = monotonicNs();
    ui::MainWindow window;
    const qint64 windowNs = monotonicNs();
    window.restoreLayout();
    window.show();
    QNetworkAccessManager nam;
    std::unique_ptr<CsmsClient> client;
    // As main.cpp: everything slow starts after the window is on screen.
    QTimer::singleShot(0, &window, [&]() {
        client = clientFor(&nam, url, pageSize);
        window.setClient(client.get());
    });
    FirstRowsPaint probe(window.secretsView(), [&]() {
        const qint64 now = monotonicNs();
        std::printf("startup spawn->painted %.1f ms, main->painted %.1f ms, main->QApplication "
                    "%.1f ms, MainWindow constructed in %.1f ms, construction->painted %.1f ms\n",
                    double(now - spawnNs) / 1e6, double(now - mainNs) / 1e6,
                    double(appNs - mainNs) / 1e6, double(windowNs - appNs) / 1e6,
                    double(now - windowNs) / 1e6);
        std::fflush(stdout);
        window.setClient(nullptr);
        QApplication::quit();
    });
    QTimer::singleShot(60000, &app, []() { QApplication::exit(2); });
    return app.exec();
}

void benchStartup(const CsmsLocal &server, int pageSize, int runs, const QString &settingsHome)
{
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BENCH_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("BENCH_PAGE_SIZE"), QString::number(pageSize));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsHome); // no saved layout
        env.insert(QStringLiteral("BENCH_SPAWN_NS"), QString::number(monotonicNs()));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-child")});
        child.waitForFinished(90000);
        std::printf("  run %d: %s", i + 1, child.readAllStandardOutput().constData());
        std::fflush(stdout);
    }
}

// Runs the event loop until condition holds. Not QTest::qWait/qWaitFor: they sleep 10 ms between
// rounds of events, which the stall watch would count as stalls.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!condition())
        loop.exec();
    return condition();
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Pages until the table holds `count` rows (the scroll phase did it when it ran).
bool loadRows(ui::MainWindow &window, int count)
{
    SecretListModel *model = window.secretsModel();
    return waitUntil(
            [&]() {
                if (model->rowCount() >= count)
                    return true;
                if (!model->isLoading() && model->canFetchMore({}))
                    model->fetchMore({});
                return false;
            },
            120000);
}

void benchScroll(ui::MainWindow &window, StallWatch &watch, int stepRows, qint64 serverPid)
{
    QTableView *view = window.secretsView();
    SecretListModel *model = window.secretsModel();
    QScrollBar *bar = view->verticalScrollBar();
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int step = stepRows > 0 ? stepRows : bar->pageStep();
    std::printf("scroll: %d rows per step (a screen is %d rows of %d px), one step per 16 ms\n",
                step, view->viewport()->height() / qMax(1, rowHeight), rowHeight);
    QElapsedTimer clock;
    clock.start();
    int steps = 0;
    QTimer scroller;
    scroller.setInterval(16);
    QEventLoop loop;
    QObject::connect(&scroller, &QTimer::timeout, &loop, [&]() {
        ++steps;
        bar->setValue(bar->value() + step); // the view calls fetchMore at the bottom
        if (model->isComplete() && !model->isLoading() && bar->value() == bar->maximum())
            loop.quit();
    });
    QTimer::singleShot(900000, &loop, &QEventLoop::quit);
    watch.start([&]() {
        return QStringLiteral("%1 rows loaded, bar %2/%3")
                .arg(model->rowCount())
                .arg(bar->value())
                .arg(bar->maximum());
    });
    CpuMeter cpu(serverPid);
    scroller.start();
    loop.exec();
    watch.stop();
    std::printf("scrolled to row %d of %d in %d steps, %.1f s (complete: %d); CPU keystage %.2f s, "
                "csms-local %.2f s\n",
                view->rowAt(view->viewport()->height() - 1), model->rowCount(), steps,
                double(clock.nsecsElapsed()) / 1e9, int(model->isComplete()), cpu.client(),
                cpu.server());
    watch.report("stalls while scrolling");
}

bool benchDelete(ui::MainWindow &window, StallWatch &watch, int count, qint64 serverPid)
{
    if (!loadRows(window, count))
        return false;
    QTableView *view = window.secretsView();
    QAbstractItemModel *proxy = view->model();
    view->scrollToTop();
    waitMs(200);
    const QItemSelection range(proxy->index(0, 0),
                               proxy->index(count - 1, proxy->columnCount() - 1));
    view->selectionModel()->select(range, QItemSelectionModel::ClearAndSelect);
    const QStringList names = window.selectedSecretNames();
    if (names.size() != count || !names.first().startsWith(QLatin1String("aaa-bench-bulk"))
        || !names.last().startsWith(QLatin1String("aaa-bench-bulk"))) {
        std::fprintf(stderr, "selection is not the bench secrets: %lld rows, first %s\n",
                     qlonglong(names.size()), qPrintable(names.value(0)));
        return false;
    }
    ui::BulkDeleteDialog *dialog = nullptr;
    QObject::connect(&window, &ui::MainWindow::bulkDialogOpened, &window,
                     [&](QDialog *d) { dialog = qobject_cast<ui::BulkDeleteDialog *>(d); });
    QElapsedTimer clock;
    clock.start();
    watch.start([&]() { return QStringLiteral("during the dialog's opening"); });
    window.deleteSelectedSecrets();
    if (!dialog)
        return false;
    waitMs(100);
    watch.stop();
    watch.report("stalls opening the dialog with 1,000 names");
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    confirm->setText(dialog->confirmationText());
    int done = 0;
    QObject::connect(dialog->deleter(), &BulkDeleter::itemFinished, dialog, [&]() { ++done; });
    bool finished = false;
    QObject::connect(dialog, &ui::BulkDeleteDialog::runFinished, &window,
                     [&]() { finished = true; });
    watch.start([&]() { return QStringLiteral("%1 of %2 done").arg(done).arg(count); });
    clock.restart();
    CpuMeter cpu(serverPid);
    dialog->start();
    waitUntil([&]() { return finished; }, 600000);
    const double run = double(clock.nsecsElapsed()) / 1e9;
    watch.stop();
    const BulkSummary summary = dialog->deleter()->summary();
    std::printf("bulk delete (scheduled, dialog default) of %d: %.2f s, %.0f/s, %d ok, %d failed; "
                "CPU keystage %.2f s, csms-local %.2f s\n",
                count, run, count / run, summary.succeeded, summary.failed, cpu.client(),
                cpu.server());
    watch.report("stalls during the bulk delete");

    // Close: the window refreshes every loaded page and merges the rows.
    SecretListModel *model = window.secretsModel();
    bool refreshed = false;
    QObject::connect(model, &SecretListModel::refreshed, &window, [&]() { refreshed = true; });
    watch.start([&]() {
        return QStringLiteral("refresh, loading %1").arg(model->isLoading() ? 1 : 0);
    });
    clock.restart();
    cpu.restart();
    dialog->accept();
    waitUntil([&]() { return refreshed; }, 600000);
    waitMs(100);
    watch.stop();
    std::printf("closing the dialog: refresh of %d rows took %.2f s; CPU keystage %.2f s, "
                "csms-local %.2f s\n",
                model->rowCount(), double(clock.nsecsElapsed()) / 1e9, cpu.client(), cpu.server());
    watch.report("stalls during the refresh after closing");
    return true;
}

// A stage plan over the 1,000 bench secrets: built, applied, closed (issue 20).
bool benchPlan(ui::MainWindow &window, StallWatch &watch, int count, qint64 serverPid)
{
    if (!loadRows(window, count))
        return false;
    QTableView *view = window.secretsView();
    QAbstractItemModel *proxy = view->model();
    view->scrollToTop();
    waitMs(200);
    view->selectionModel()->select(
            QItemSelection(proxy->index(0, 0), proxy->index(count - 1, proxy->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
    ui::StagePlanDialog *dialog = nullptr;
    const auto opened = QObject::connect(
            &window, &ui::MainWindow::bulkDialogOpened, &window,
            [&](QDialog *d) { dialog = qobject_cast<ui::StagePlanDialog *>(d); });
    watch.start([&]() { return QStringLiteral("during the dialog's opening"); });
    window.stagePlan();
    QObject::disconnect(opened);
    if (!dialog)
        return false;
    waitMs(200);
    watch.stop();
    watch.report("stalls opening the stage plan dialog");
    auto *op = dialog->findChild<QComboBox *>(QStringLiteral("operationBox"));
    op->setCurrentIndex(op->findData(int(PlanOperation::Kind::AddStage)));
    dialog->findChild<QLineEdit *>(QStringLiteral("stageEdit"))->setText(QStringLiteral("PLAN"));
    bool built = false, applied = false;
    QObject::connect(dialog, &ui::StagePlanDialog::planBuilt, &window, [&]() { built = true; });
    QObject::connect(dialog, &ui::StagePlanDialog::applied, &window, [&]() { applied = true; });
    QElapsedTimer clock;
    clock.start();
    CpuMeter cpu(serverPid);
    watch.start([&]() { return QStringLiteral("building the plan"); });
    dialog->buildPlan();
    waitUntil([&]() { return built; }, 600000);
    waitMs(100);
    watch.stop();
    std::printf("stage plan of %d built: %.2f s (%d to change); CPU keystage %.2f s, csms-local "
                "%.2f s\n",
                count, double(clock.nsecsElapsed()) / 1e9 - 0.1,
                dialog->plan().count(PlanRow::Status::Planned), cpu.client(), cpu.server());
    watch.report("stalls while the plan is built");
    clock.restart();
    cpu.restart();
    watch.start([&]() { return QStringLiteral("applying the plan"); });
    dialog->apply();
    waitUntil([&]() { return applied; }, 600000);
    const double run = double(clock.nsecsElapsed()) / 1e9;
    waitMs(100);
    watch.stop();
    std::printf("stage plan of %d applied: %.2f s, %.0f secrets/s, %s; CPU keystage %.2f s, "
                "csms-local %.2f s\n",
                count, run, count / run, qPrintable(dialog->runner()->summary().text()),
                cpu.client(), cpu.server());
    watch.report("stalls while the plan is applied");
    SecretListModel *model = window.secretsModel();
    bool refreshed = false;
    QObject::connect(model, &SecretListModel::refreshed, &window, [&]() { refreshed = true; });
    static_cast<QDialog *>(dialog)->reject();
    waitUntil([&]() { return refreshed; }, 600000);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--startup-child") == 0)
        return startupChild(argc, argv);
    BenchApplication app(argc, argv);
    setAppNames();
    int secrets = 100000, pageSize = 100, startupRuns = 5, scrollStep = 0;
    QStringList only{QStringLiteral("startup"), QStringLiteral("scroll"), QStringLiteral("plan"),
                     QStringLiteral("delete")};
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const int value = i + 1 < args.size() ? args.at(i + 1).toInt() : 0;
        if (a == QLatin1String("--page-size"))
            pageSize = value, ++i;
        else if (a == QLatin1String("--startup-runs"))
            startupRuns = value, ++i;
        else if (a == QLatin1String("--scroll-step"))
            scrollStep = value, ++i;
        else if (a == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i).split(QLatin1Char(','));
        else
            secrets = a.toInt();
    }
    QTemporaryDir settings; // no saved window layout, and nothing written to the user's
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());

    CsmsLocalOptions options;
    options.seedDemo = secrets;
    CsmsLocal server(options);
    if (!server.start(600000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    QNetworkAccessManager nam;
    auto client = clientFor(&nam, server.baseUrl(), pageSize);
    {
        // 1,000 secrets that sort first, for the bulk delete.
        int pending = 0;
        for (int i = 0; i < 1000; ++i) {
            CreateSecretRequest r;
            r.name = QStringLiteral("aaa-bench-bulk-%1").arg(i, 4, 10, QLatin1Char('0'));
            r.secretString = QStringLiteral("bench");
            ++pending;
            client->createSecret(r, CsmsClient::Priority::Bulk)
                    ->then(&app, [&](const ApiResult<Secret> &) { --pending; });
        }
        waitUntil([&]() { return pending == 0; }, 120000);
    }
    std::printf("csms-local: %d demo secrets + 1000 bench secrets; page size %d; platform %s\n",
                secrets, pageSize, qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);

    if (only.contains(QLatin1String("startup"))) {
        std::printf("startup to first page painted (fresh process, empty settings):\n");
        benchStartup(server, pageSize, startupRuns, settings.path());
    }

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.setClient(client.get());
    if (!waitUntil([&]() { return window.secretsModel()->rowCount() > 0; }, 30000))
        return 1;
    StallWatch watch;
    watch.start();
    waitMs(1000);
    watch.stop();
    watch.report("stalls when idle (the watchdog's own floor)");
    if (only.contains(QLatin1String("scroll")))
        benchScroll(window, watch, scrollStep, server.pid());
    if (only.contains(QLatin1String("plan")) && !benchPlan(window, watch, 1000, server.pid()))
        return 1;
    if (only.contains(QLatin1String("delete")) && !benchDelete(window, watch, 1000, server.pid()))
        return 1;
    window.setClient(nullptr);
    return 0;
}
