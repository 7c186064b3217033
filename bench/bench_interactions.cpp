// SPDX-License-Identifier: Apache-2.0
// bench_interactions: what each interactive action costs against a distant CSMS (issue 18): wall
// time from the user's input to the frame that shows the result, the number of API calls, and the
// critical path in round trips (the longest chain of calls each of which started only after the
// one before it had finished). A benchmark, not a test. It starts its own csms-local with an added
// latency per request, seeds it, and drives the real MainWindow:
//   QT_QPA_PLATFORM=offscreen bench_interactions [--latency MS] [--runs N] [--secrets N]
//                                                [--full-repaint]
// (defaults: 30 ms, 7 runs, 2,000 demo secrets). Each action's row: the median wall time over the
// runs, its calls and critical path (of the median run), and the target of issue 18: critical
// path × latency + 16 ms.
#include "benchsupport.h"
#include "core/model/activitymodel.h"
#include "core/model/secretlistmodel.h"
#include "core/model/versionstagemodel.h"
#include "ui/bulkdeletedialog.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/valuepanel.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPaintEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace keystage;
using namespace keystage::bench;

namespace {

struct Call
{
    qint64 startMs;
    qint64 endMs;
    QByteArray what; // method and the path's last segment, for --trace
};

// The longest chain of calls where each starts after the previous one ended.
int criticalPath(QList<Call> calls)
{
    std::sort(calls.begin(), calls.end(),
              [](const Call &a, const Call &b) { return a.startMs < b.startMs; });
    QList<int> chain(calls.size(), 1);
    int longest = 0;
    for (int i = 0; i < calls.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            // 1 ms of slack: the record's times are whole milliseconds.
            if (calls.at(j).endMs <= calls.at(i).startMs + 1)
                chain[i] = qMax(chain[i], chain[j] + 1);
        }
        longest = qMax(longest, chain[i]);
    }
    return longest;
}

// Checks a condition before each event the application delivers.
class EachEvent : public QObject
{
public:
    explicit EachEvent(std::function<void()> check)
        : m_check(std::move(check))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~EachEvent() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool eventFilter(QObject *, QEvent *) override
    {
        m_check();
        return false;
    }

private:
    std::function<void()> m_check;
};

// Runs the event loop until `condition` holds, checked before every event and each time the loop
// is about to wait for more. Not QTest::qWaitFor: it sleeps 10 ms between rounds of events, and
// an API call crosses several queued hops (the transport's pump, the reply's start, its finish),
// so each call measured with it looked 20-30 ms slower than it is in the application's loop.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    if (condition())
        return true;
    QEventLoop loop;
    bool met = false;
    const auto check = [&]() {
        if (!met && condition()) {
            met = true;
            loop.quit();
        }
    };
    EachEvent each(check);
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return met || condition();
}

// BENCH_PAINTS=1: what the window painted and laid out during an action (per widget class: paint
// events and their area in pixels; layout requests), printed with the trace.
class PaintCount : public QObject
{
public:
    PaintCount()
    {
        if (qEnvironmentVariableIsSet("BENCH_PAINTS"))
            QCoreApplication::instance()->installEventFilter(this);
    }
    ~PaintCount() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const QRect r = static_cast<QPaintEvent *>(event)->region().boundingRect();
            if (qEnvironmentVariableIsSet("BENCH_GEOMETRY") && r.width() * r.height() > 100000)
                std::fprintf(stderr, "    paint %s/%s %dx%d+%d+%d\n",
                             object->metaObject()->className(), qPrintable(object->objectName()),
                             r.width(), r.height(), r.x(), r.y());
            Count &c = m_counts[object->metaObject()->className()];
            ++c.paints;
            c.pixels += qint64(r.width()) * r.height();
        } else if ((event->type() == QEvent::Resize || event->type() == QEvent::Move)
                   && qEnvironmentVariableIsSet("BENCH_GEOMETRY")) {
            auto *w = static_cast<QWidget *>(object);
            std::fprintf(stderr, "    %s %s/%s %dx%d+%d+%d\n",
                         event->type() == QEvent::Resize ? "resize" : "move",
                         object->metaObject()->className(), qPrintable(object->objectName()),
                         w->width(), w->height(), w->x(), w->y());
        } else if (event->type() == QEvent::LayoutRequest) {
            if (qEnvironmentVariableIsSet("BENCH_GEOMETRY"))
                std::fprintf(stderr, "    layout %s/%s\n", object->metaObject()->className(),
                             qPrintable(object->objectName()));
            ++m_counts[object->metaObject()->className()].layouts;
        } else if (event->type() == QEvent::UpdateRequest) {
            ++m_updates;
            if (qEnvironmentVariableIsSet("BENCH_GEOMETRY"))
                std::fprintf(stderr, "    frame\n");
            ++m_counts[object->metaObject()->className()].updates;
        }
        return false;
    }
    void print() const
    {
        if (!qEnvironmentVariableIsSet("BENCH_PAINTS"))
            return;
        std::fprintf(stderr, "  frames (UpdateRequest): %d\n", m_updates);
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            std::fprintf(stderr, "  %-32s paints %3d, %8lld px, layouts %3d, frames %d\n",
                         it.key().constData(), it->paints, it->pixels, it->layouts, it->updates);
    }

private:
    struct Count
    {
        int paints = 0;
        qint64 pixels = 0;
        int layouts = 0;
        int updates = 0;
    };
    QMap<QByteArray, Count> m_counts;
    int m_updates = 0;
};

// BENCH_EVENTS=1: each event of the main loop that cost more than 0.2 ms of CPU, with its
// receiver, while an action is measured (where the work after the answers goes).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (logging && event->type() == QEvent::Paint) {
            // Each widget's own paint (its children's are sent after it, not inside).
            QByteArray name = receiver->metaObject()->className() + QByteArray("/")
                              + receiver->objectName().toLatin1();
            if (receiver->inherits("QScrollBar") && receiver->parent()
                && receiver->parent()->parent())
                name += " of " + QByteArray(receiver->parent()->parent()->metaObject()->className())
                        + "/" + receiver->parent()->parent()->objectName().toLatin1();
            if (receiver->objectName().startsWith(QLatin1String("qt_scrollarea"))
                && receiver->parent())
                name += " in " + QByteArray(receiver->parent()->metaObject()->className()) + "/"
                        + receiver->parent()->objectName().toLatin1();
            const double before = threadCpuSeconds();
            const bool result = QApplication::notify(receiver, event);
            paintMs[name] += (threadCpuSeconds() - before) * 1000;
            return result;
        }
        if (!logging || depth > 0)
            return QApplication::notify(receiver, event);
        ++depth;
        const int type = event->type();
        const QByteArray name = receiver->metaObject()->className() + QByteArray("/")
                                + receiver->objectName().toLatin1();
        const double before = threadCpuSeconds();
        const bool result = QApplication::notify(receiver, event);
        const double ms = (threadCpuSeconds() - before) * 1000;
        --depth;
        if (ms > 0.2)
            std::fprintf(stderr, "    event %3d %-48s %5.2f ms\n", type, name.constData(), ms);
        return result;
    }
    static inline bool logging = false;
    static inline QMap<QByteArray, double> paintMs;
    static void printPaints()
    {
        for (auto it = paintMs.cbegin(); it != paintMs.cend(); ++it) {
            if (*it > 0.1)
                std::fprintf(stderr, "    paint %-60s %5.2f ms\n", it.key().constData(), *it);
        }
        paintMs.clear();
    }

private:
    int depth = 0;
};

struct Sample
{
    double ms = 0;
    int calls = 0;
    int path = 0;
    double cpuMs = 0; // the main thread's CPU time until the result (layout, paint, decoding)
    // After the last answer arrived (QNetworkAccessManager::finished, before the client decodes
    // it): the main thread's CPU time and the wall time to the frame that shows the result.
    double cpuAfterMs = 0;
    double wallAfterMs = 0;
    double repaintCpuMs = 0; // of those, the final repaint's
};

class CallLog : public QObject
{
public:
    void attach(CsmsClient *client)
    {
        connect(client, &CsmsClient::callFinished, this, [this](const ApiCallRecord &r) {
            // From the moment it went on the wire (a call waiting for the token does not
            // overlap the token's request) to its end.
            const qint64 submitted = r.startedAt.toMSecsSinceEpoch();
            const qint64 sent = r.sentAt.isValid() ? r.sentAt.toMSecsSinceEpoch() : submitted;
            m_calls << Call{sent, submitted + r.latencyMs,
                            r.method + ' ' + r.path.section(QLatin1Char('/'), -1).toLatin1()};
        });
    }
    // Each network answer's arrival: the main thread's CPU time and the wall clock then.
    void watch(QNetworkAccessManager *nam)
    {
        connect(nam, &QNetworkAccessManager::finished, this, [this]() {
            m_lastAnswerCpu = threadCpuSeconds();
            m_lastAnswer.start();
        });
    }
    void clear()
    {
        m_calls.clear();
        m_lastAnswer.invalidate();
    }
    const QList<Call> &calls() const { return m_calls; }
    double lastAnswerCpu() const { return m_lastAnswerCpu; }
    const QElapsedTimer &lastAnswer() const { return m_lastAnswer; }

private:
    QList<Call> m_calls;
    double m_lastAnswerCpu = 0;
    QElapsedTimer m_lastAnswer;
};

// When an action's result is on screen, and which calls count.
enum class Until {
    Settled, // `done` and no call in flight: every call of the action is part of its result
    Shown, // `done` alone (the first page painted): the calls finished by then
    // `done` (the write's answer painted): the critical path is of the calls finished by then,
    // the calls counted are all the action makes (the re-read that follows included)
    ShownThenSettled,
};

// The frame that shows the result: what the application's loop does next, delivering the layout
// requests the changes posted and then the window's update request, which repaints the regions
// the changes marked dirty (the backing store's sync). --full-repaint instead repaints the whole
// window, as the bench did before (an upper bound: every pixel, whatever changed).
bool g_fullRepaint = false;

void paintFrame(QWidget *window)
{
    if (g_fullRepaint) {
        window->repaint();
        return;
    }
    // A layout request activates a layout, which may post one to the parent: up to the window.
    for (int depth = 0; depth < 16; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
}

// Runs `act` and waits as `until` says, then paints once (the frame that shows the result).
Sample measure(CallLog &log, CsmsClient *const *client, QWidget *window,
               const std::function<void()> &act, const std::function<bool()> &done,
               Until until = Until::Settled)
{
    QCoreApplication::processEvents();
    log.clear();
    const auto settled = [client]() {
        return !*client || ((*client)->inFlight() == 0 && (*client)->queued() == 0);
    };
    QElapsedTimer timer;
    PaintCount paints;
    const double cpu0 = threadCpuSeconds();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    timer.start();
    TimedApplication::logging = qEnvironmentVariableIsSet("BENCH_EVENTS");
    act();
    const bool ok = waitUntil([&]() { return done() && (until != Until::Settled || settled()); });
    const double cpuRepaint = threadCpuSeconds();
    paintFrame(window);
    TimedApplication::logging = false;
    Sample s;
    s.repaintCpuMs = (threadCpuSeconds() - cpuRepaint) * 1000;
    s.ms = ok ? double(timer.nsecsElapsed()) / 1e6 : -1;
    const double cpuEnd = threadCpuSeconds();
    s.cpuMs = (cpuEnd - cpu0) * 1000;
    if (log.lastAnswer().isValid()) {
        s.cpuAfterMs = (cpuEnd - log.lastAnswerCpu()) * 1000;
        s.wallAfterMs = double(log.lastAnswer().nsecsElapsed()) / 1e6;
    }
    const QList<Call> byThen = log.calls();
    s.path = criticalPath(byThen);
    s.calls = int(byThen.size());
    if (until == Until::ShownThenSettled) {
        waitUntil(settled);
        QCoreApplication::processEvents();
        s.calls = int(log.calls().size());
    }
    if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
        // Each call's time on the wire, from the input (ms): where the time goes.
        std::fprintf(stderr,
                     "trace: %.1f ms, main cpu %.1f ms; after the last answer %.1f ms, cpu %.1f ms "
                     "(repaint %.1f)\n",
                     s.ms, s.cpuMs, s.wallAfterMs, s.cpuAfterMs, s.repaintCpuMs);
        for (const Call &c : log.calls())
            std::fprintf(stderr, "  %4lld..%4lld %s\n", c.startMs - t0, c.endMs - t0,
                         c.what.constData());
        paints.print();
        TimedApplication::printPaints();
    }
    return s;
}

Sample measureUntil(CallLog &log, CsmsClient *const *client, QWidget *window,
                    const std::function<void()> &act, const std::function<bool()> &done)
{
    return measure(log, client, window, act, done, Until::Shown);
}

void report(const char *action, QList<Sample> samples, int latency)
{
    if (qEnvironmentVariableIsSet("BENCH_PHASES")) {
        // For `perf record -k mono` and `perf report --time`: when each action's runs ended.
        timespec t{};
        clock_gettime(CLOCK_MONOTONIC, &t);
        std::fprintf(stderr, "phase %s ended at %ld.%06ld\n", action, long(t.tv_sec),
                     long(t.tv_nsec / 1000));
    }
    std::sort(samples.begin(), samples.end(),
              [](const Sample &a, const Sample &b) { return a.ms < b.ms; });
    const Sample &median = samples.at(samples.size() / 2);
    // The split after the last answer: medians of their own (not the median run's).
    QList<double> cpuAfter, wallAfter;
    for (const Sample &s : std::as_const(samples)) {
        cpuAfter << s.cpuAfterMs;
        wallAfter << s.wallAfterMs;
    }
    std::sort(cpuAfter.begin(), cpuAfter.end());
    std::sort(wallAfter.begin(), wallAfter.end());
    std::printf("| %-26s | %8.1f | %8.1f | %5d | %4d | %8d | %8.1f | %8.1f | %8.1f |\n", action,
                median.ms, samples.constLast().ms, median.calls, median.path,
                median.path * latency + 16, median.cpuMs, wallAfter.at(wallAfter.size() / 2),
                cpuAfter.at(cpuAfter.size() / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    int latency = 30;
    int runs = 7;
    int secrets = 2000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--latency"))
            latency = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--secrets"))
            secrets = args.at(i + 1).toInt();
    }
    g_fullRepaint = args.contains(QLatin1String("--full-repaint"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    test::CsmsLocalOptions options;
    options.seedDemo = secrets;
    options.faultLatencyMs = latency;
    test::CsmsLocal server(options);
    if (!server.start(300000)) {
        std::fprintf(stderr, "csms-local did not start: %s\n", server.errorOutput().constData());
        return 1;
    }
    QNetworkAccessManager nam;

    // IAM password profiles, as an administrator's: a token and the project lookup come first.
    const auto newClient = [&]() {
        Profile p;
        p.id = QStringLiteral("bench");
        p.displayName = QStringLiteral("bench");
        p.authMethod = AuthMethod::IamPassword;
        p.csmsEndpoint = server.baseUrl();
        p.iamEndpoint = server.baseUrl();
        p.region = QStringLiteral("cn-north-4");
        p.iamUser = test::SandboxCredentials::iamUser();
        p.iamDomain = test::SandboxCredentials::iamDomain();
        p.pageSize = 100;
        Credentials c;
        c.password = test::SandboxCredentials::iamPassword();
        return std::make_unique<CsmsClient>(&nam, p, c);
    };

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    // --hide-activity: the Activity log's dock closed, to see what its rows cost each action.
    if (args.contains(QLatin1String("--hide-activity"))) {
        if (auto *dock = window.findChild<QDockWidget *>())
            dock->hide();
    }
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    CallLog log;
    log.watch(&nam);
    std::unique_ptr<CsmsClient> client;
    CsmsClient *current = nullptr;

    std::printf("bench_interactions: csms-local with %d secrets, +%d ms a request, %d runs\n\n",
                secrets, latency, runs);
    std::printf("| %-26s | %8s | %8s | %5s | %4s | %8s | %8s | %8s | %8s |\n", "action", "median",
                "worst", "calls", "path", "target", "main cpu", "after ms", "cpu after");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", "----------------------------", "----------",
                "----------", "-------", "------", "----------", "----------", "----------",
                "----------");

    // A secret of the bench's own for the stage moves: v1 holds SYSCURRENT, v2 the stage BENCH.
    const QString movable = QStringLiteral("aaa-bench-moves");
    {
        const std::unique_ptr<CsmsClient> setup = makeClient(&nam, server, 100);
        CreateSecretRequest create;
        create.name = movable;
        create.secretString = QStringLiteral("one");
        CreateVersionRequest second;
        second.secretString = QStringLiteral("two");
        second.versionStages = QStringList{QStringLiteral("BENCH")};
        if (!await(setup->createSecret(create)) || !await(setup->createVersion(movable, second))) {
            std::fprintf(stderr, "could not create %s\n", qPrintable(movable));
            return 1;
        }
    }
    ui::StageBoard::setConfirmsRiskyChanges(false); // a move that leaves a version bare

    QList<Sample> connect;
    for (int run = 0; run < runs; ++run) {
        window.setClient(nullptr);
        client = newClient();
        current = client.get();
        log.attach(current);
        connect << measureUntil(
                log, &current, &window, [&]() { window.setClient(current); },
                [&]() { return window.secretsModel() && window.secretsModel()->rowCount() > 0; });
        // The calls the first page sets off (the first secret's details) finish before the next.
        if (!waitUntil([&]() { return current->inFlight() == 0 && current->queued() == 0; }, 30000))
            return 1;
    }
    report("connect (first page)", connect, latency);

    QList<Sample> select;
    QList<QPersistentModelIndex> shown;
    QTableView *view = window.secretsView();
    int nextRow = 3;
    for (int run = 0; run < runs; ++run) {
        // Secrets a user would open: not pending deletion (their value cannot be read).
        while (view->model()->index(nextRow, 0).data(SecretListModel::PendingDeleteRole).toBool())
            ++nextRow;
        const QModelIndex target = view->model()->index(nextRow++, 0);
        const QString name = target.data(SecretListModel::NameRole).toString();
        shown << QPersistentModelIndex(target);
        select << measure(
                log, &current, &window, [&]() { view->setCurrentIndex(target); },
                [&]() {
                    return window.detailsPanel()->secretName() == name
                           && window.stageBoard()->model()->secretName() == name
                           && window.stageBoard()->model()->rowCount() > 0;
                });
    }
    report("select a secret", select, latency);

    // A secret shown before, selected again: painted from the session cache (issue 18), the
    // server's answers following. Timed to the cached frame; the calls are those it still makes.
    QList<Sample> reselect;
    for (int run = 0; run < runs; ++run) {
        const QModelIndex target = shown.at(run % shown.size());
        const QString name = target.data(SecretListModel::NameRole).toString();
        reselect << measure(
                log, &current, &window, [&]() { view->setCurrentIndex(target); },
                [&]() {
                    return window.detailsPanel()->secretName() == name
                           && window.stageBoard()->model()->secretName() == name
                           && window.stageBoard()->model()->rowCount() > 0;
                },
                Until::ShownThenSettled);
    }
    report("select again (cached)", reselect, latency);

    QList<Sample> reveal;
    ui::ValuePanel *panel = window.findChild<ui::ValuePanel *>();
    // A version chosen on the board, as the user clicks one before Reveal.
    window.stageBoard()->view()->setCurrentIndex(window.stageBoard()->model()->index(0, 0));
    if (!waitUntil([&]() { return panel->state() != ui::ValuePanel::State::NoVersion; }))
        return 1;
    for (int run = 0; run < runs; ++run) {
        panel->hideValue();
        reveal << measure(
                log, &current, &window, [&]() { panel->setRevealed(true); },
                [&]() { return panel->state() == ui::ValuePanel::State::Loaded; });
    }
    panel->hideValue();
    report("reveal a value", reveal, latency);

    QList<Sample> filter;
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const QStringList words{QStringLiteral("payments"), QStringLiteral("orders"),
                            QStringLiteral("billing"),  QStringLiteral("auth"),
                            QStringLiteral("catalog"),  QStringLiteral("gateway"),
                            QStringLiteral("inventory")};
    for (int run = 0; run < runs; ++run) {
        const QString word = words.at(run % words.size());
        filter << measureUntil(
                log, &current, &window,
                [&]() {
                    edit->setText(word);
                    QTest::keyClick(edit, Qt::Key_Return);
                },
                [&]() {
                    return window.secretsModel()->filterText() == word
                           && window.secretsModel()->searchTotal() >= 0
                           && window.secretsModel()->rowCount() > 0;
                });
        if (!waitUntil([&]() { return current->inFlight() == 0 && current->queued() == 0; }, 30000))
            return 1;
    }
    report("filter by name (Enter)", filter, latency);

    // Drop a stage on another version, then undo it: the bench's secret, found and selected.
    edit->setText(movable);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!waitUntil([&]() {
            return window.secretsModel()->filterText() == movable
                   && window.secretsModel()->rowCount() > 0;
        }))
        return 1;
    view->setCurrentIndex(view->model()->index(0, 0));
    VersionStageModel *board = window.stageBoard()->model();
    const QString stage = QStringLiteral("BENCH");
    if (!waitUntil([&]() {
            return board->secretName() == movable && board->rowCount() == 2
                   && current->inFlight() == 0 && current->queued() == 0;
        }))
        return 1;
    const auto settledOn = [&](const QString &version) {
        return board->holderOf(stage) == version && !board->hasPendingMoves();
    };
    QList<Sample> drop;
    QList<Sample> undo;
    for (int run = 0; run < runs; ++run) {
        const QString from = board->holderOf(stage);
        const QString to
                = from == QLatin1String("v2") ? QStringLiteral("v1") : QStringLiteral("v2");
        drop << measure(
                log, &current, &window,
                [&]() { Q_EMIT window.stageBoard()->view()->stageDropped(stage, from, to); },
                [&]() { return settledOn(to); }, Until::ShownThenSettled);
        if (!waitUntil([&]() { return window.undoAction()->isEnabled(); }))
            return 1;
        undo << measure(
                log, &current, &window, [&]() { window.undoAction()->trigger(); },
                [&]() { return settledOn(from); }, Until::ShownThenSettled);
    }
    report("drop a stage", drop, latency);
    report("undo the move", undo, latency);

    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    if (!waitUntil([&]() {
            return window.secretsModel()->filterText().isEmpty()
                   && window.secretsModel()->rowCount() > 20 && current->inFlight() == 0
                   && current->queued() == 0;
        }))
        return 1;

    // Bulk delete 10 (scheduled, the dialog's default): from the click on Delete in the dialog,
    // past the typed confirmation, to the results shown.
    QList<Sample> bulk;
    QSignalSpy opened(&window, &ui::MainWindow::bulkDialogOpened);
    int bulkRow = 0;
    for (int run = 0; run < runs; ++run) {
        QAbstractItemModel *rows = view->model();
        QItemSelection ten;
        for (int picked = 0; picked < 10 && bulkRow < rows->rowCount(); ++bulkRow) {
            if (rows->index(bulkRow, 0).data(SecretListModel::PendingDeleteRole).toBool()
                || rows->index(bulkRow, 0).data(SecretListModel::NameRole).toString() == movable)
                continue;
            ten.select(rows->index(bulkRow, 0), rows->index(bulkRow, 0));
            ++picked;
        }
        view->selectionModel()->select(ten, QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
        window.deleteSelectedSecrets();
        auto *dialog = qobject_cast<ui::BulkDeleteDialog *>(
                opened.isEmpty() ? nullptr : opened.constLast().at(0).value<QDialog *>());
        if (!dialog || dialog->runNames().size() != 10)
            return 1;
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
                ->setText(dialog->confirmationText());
        QSignalSpy finished(dialog, &ui::BulkDeleteDialog::runFinished);
        bulk << measure(
                log, &current, &window, [&]() { dialog->start(); },
                [&]() { return !finished.isEmpty(); });
        dialog->reject();
        if (!waitUntil([&]() { return current->inFlight() == 0 && current->queued() == 0; }))
            return 1;
    }
    report("bulk delete 10", bulk, latency);

    QList<Sample> switchProfile;
    std::unique_ptr<CsmsClient> other;
    for (int run = 0; run < runs; ++run) {
        other = newClient();
        CsmsClient *next = other.get();
        log.attach(next);
        switchProfile << measureUntil(
                log, &next, &window, [&]() { window.setClient(next); },
                [&]() { return window.secretsModel() && window.secretsModel()->rowCount() > 0; });
        if (!waitUntil([&]() { return next->inFlight() == 0 && next->queued() == 0; }, 30000))
            return 1;
        std::swap(client, other);
        current = client.get();
    }
    report("switch profile", switchProfile, latency);
    window.setClient(nullptr);
    return 0;
}
