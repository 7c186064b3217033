// SPDX-License-Identifier: Apache-2.0
// lookshow: stages the window for the screenshots in docs/screenshots (run by screenshots.sh under
// Xvfb, not by ctest). Like `keystage --sandbox` (same MainWindow, SessionController and
// translators), plus what a screenshot needs: a dark palette on request, a secret with several
// versions and custom stages, selected, and a PNG of the window once everything has loaded.
//   lookshow --scene main|profiles|stages12|rotation --out FILE.png [--lang zh_CN] [--dark]
// (stages12: the window at 900x600 on a secret whose v5 holds all 12 stages a secret may have;
// rotation: a rotated two-user database secret and the Rotate now preview over the window)
#include "core/model/versionstagemodel.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profiledialog.h"
#include "ui/sessioncontroller.h"
#include "ui/stageboard.h"
#include "ui/stageboardview.h"
#include "ui/translators.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace keystage;

namespace {

const QString demoSecret = QStringLiteral("prod-payments-gateway-api-key");

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x38), QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6d, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

void fail(const QString &why)
{
    std::fprintf(stderr, "lookshow: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
}

// Calls `step` every 100 ms until it returns true, or fails after `tries`.
void pollUntil(QObject *context, const QString &what, int tries, std::function<bool()> step)
{
    auto *timer = new QTimer(context);
    auto left = std::make_shared<int>(tries);
    QObject::connect(timer, &QTimer::timeout, context, [=]() {
        if (step()) {
            timer->deleteLater();
        } else if (--*left <= 0) {
            timer->deleteLater();
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        }
    });
    timer->start(100);
}

void saveShot(QWidget *widget, const QString &file)
{
    if (!widget->grab().save(file))
        fail(QStringLiteral("cannot write %1").arg(file));
    else
        QCoreApplication::exit(0);
}

// v1 (no stage: "deprecated"), v2 BETA, v3 SYSPREVIOUS + CANARY, v4 SYSCURRENT.
void createDemoSecret(CsmsClient *client, QObject *context, std::function<void()> done)
{
    CreateSecretRequest secret;
    secret.name = demoSecret;
    secret.secretString = QStringLiteral("pk_live_v1_2b7e151628aed2a6abf7");
    secret.description = QStringLiteral("Payment gateway API key (prod)");
    client->createSecret(secret)->then(context, [=](const ApiResult<Secret> &created) {
        if (!created.ok())
            return fail(QStringLiteral("createSecret: %1").arg(created.error().message));
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [=](int n) {
            if (n > 4) {
                client->createStage(demoSecret, QStringLiteral("BETA"), QStringLiteral("v2"))
                        ->then(context, [=](const ApiResult<Stage> &) {
                            client->createStage(demoSecret, QStringLiteral("CANARY"),
                                                QStringLiteral("v3"))
                                    ->then(context, [=](const ApiResult<Stage> &) { done(); });
                        });
                return;
            }
            CreateVersionRequest version;
            version.secretString = QStringLiteral("pk_live_v%1_3c4fcf098815f7aba6d2").arg(n);
            client->createVersion(demoSecret, version)
                    ->then(context, [=](const ApiResult<VersionMetadata> &) { (*next)(n + 1); });
        };
        (*next)(2);
    });
}

// The screen under the window (the window and any dialog over it).
void saveScreenShot(QWidget *window, const QString &file)
{
    const QRect frame = window->frameGeometry();
    const QPixmap shot
            = window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    if (!shot.save(file))
        fail(QStringLiteral("cannot write %1").arg(file));
    else
        QCoreApplication::exit(0);
}

const QString rotationSecret = QStringLiteral("prod-orders-db-app");

// A two-user RDS secret: v1 (orders_app), v2 (orders_app2), auto rotation every 30 days, rotated
// once (v3 SYSCURRENT, v2 SYSPREVIOUS).
void createRotationSecret(CsmsClient *client, QObject *context, std::function<void()> done)
{
    CreateSecretRequest secret;
    secret.name = rotationSecret;
    secret.secretType = QStringLiteral("RDS-FG");
    secret.rotationConfig = QStringLiteral(
            "{'InstanceId':'63616bceef2c45409575d762a498318bin01','SecretSubType':'MultiUser'}");
    secret.secretString = QStringLiteral(R"({"username":"orders_app","password":"Vb7#q2LmXw9"})");
    secret.description = QStringLiteral("Orders database, application login (prod)");
    client->createSecret(secret)->then(context, [=](const ApiResult<Secret> &created) {
        if (!created.ok())
            return fail(QStringLiteral("createSecret: %1").arg(created.error().message));
        CreateVersionRequest second;
        second.secretString
                = QStringLiteral(R"({"username":"orders_app2","password":"Kp4$zR8nTq1"})");
        client->createVersion(rotationSecret, second)
                ->then(context, [=](const ApiResult<VersionMetadata> &) {
                    UpdateSecretRequest on;
                    on.autoRotation = true;
                    on.rotationPeriod = QStringLiteral("30d");
                    client->updateSecret(rotationSecret, on)
                            ->then(context, [=](const ApiResult<Secret> &) {
                                client->rotateSecret(rotationSecret)
                                        ->then(context,
                                               [=](const ApiResult<RotationResult> &) { done(); });
                            });
                });
    });
}

const QString crowdedSecret = QStringLiteral("prod-checkout-signing-key");

// v1..v4 (no stage), v5: SYSCURRENT, SYSPREVIOUS and ten custom stages (the 12 a secret may hold).
void createCrowdedSecret(CsmsClient *client, QObject *context, std::function<void()> done)
{
    CreateSecretRequest secret;
    secret.name = crowdedSecret;
    secret.secretString = QStringLiteral("sk_live_v1_7d1f0e2a9c");
    secret.description = QStringLiteral("Checkout request signing key (prod)");
    static const QStringList stages{
            QStringLiteral("BLUE"),           QStringLiteral("GREEN"),
            QStringLiteral("CANARY"),         QStringLiteral("BETA"),
            QStringLiteral("ROLLBACK_POINT"), QStringLiteral("STAGING_EU_WEST"),
            QStringLiteral("LOAD_TEST"),      QStringLiteral("AUDIT_2026Q4"),
            QStringLiteral("DR_REPLICA"),     QStringLiteral("PARTNER_SANDBOX")};
    client->createSecret(secret)->then(context, [=](const ApiResult<Secret> &created) {
        if (!created.ok())
            return fail(QStringLiteral("createSecret: %1").arg(created.error().message));
        auto addStage = std::make_shared<std::function<void(int)>>();
        *addStage = [=](int i) {
            if (i >= stages.size())
                return done();
            client->createStage(crowdedSecret, stages.at(i), QStringLiteral("v5"))
                    ->then(context, [=](const ApiResult<Stage> &) { (*addStage)(i + 1); });
        };
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [=](int n) {
            if (n > 5) {
                client->moveStage(crowdedSecret, QStringLiteral("SYSPREVIOUS"),
                                  QStringLiteral("v5"))
                        ->then(context, [=](const ApiResult<Stage> &) { (*addStage)(0); });
                return;
            }
            CreateVersionRequest version;
            version.secretString = QStringLiteral("sk_live_v%1_7d1f0e2a9c").arg(n);
            client->createVersion(crowdedSecret, version)
                    ->then(context, [=](const ApiResult<VersionMetadata> &) { (*next)(n + 1); });
        };
        (*next)(2);
    });
}

// Once the rotation section has read the latest task: Rotate now…, and the preview over the
// window.
void showRotationPreview(QWidget *window, const QString &out)
{
    pollUntil(window, QStringLiteral("the rotation task"), 100, [=]() {
        auto *task = window->findChild<QLabel *>(QStringLiteral("rotationTask"));
        auto *rotate = window->findChild<QAction *>(QStringLiteral("rotateNowAction"));
        if (!task || !rotate || !task->text().contains(u'2') || !rotate->isEnabled())
            return false;
        rotate->trigger();
        pollUntil(window, QStringLiteral("the preview"), 100, [=]() {
            auto *preview = window->findChild<QDialog *>(QStringLiteral("rotateNowDialog"));
            if (!preview || !preview->isVisible())
                return false;
            QTimer::singleShot(400, window, [=]() { saveScreenShot(window, out); });
            return true;
        });
        return true;
    });
}

void stageMainWindow(ui::MainWindow *window, ui::SessionController *session, const QString &out,
                     bool crowded, bool rotation = false)
{
    const QString shown = crowded ? crowdedSecret : rotation ? rotationSecret : demoSecret;
    const int versions = crowded ? 5 : rotation ? 3 : 4;
    const QString selected = crowded    ? QStringLiteral("PARTNER_SANDBOX")
                             : rotation ? QStringLiteral("SYSCURRENT")
                                        : QStringLiteral("BETA");
    const auto create = crowded    ? createCrowdedSecret
                        : rotation ? createRotationSecret
                                   : createDemoSecret;
    QObject::connect(
            session, &ui::SessionController::clientChanged, window, [=](CsmsClient *client) {
                if (!client)
                    return;
                create(client, window, [=]() {
                    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
                    auto *secrets = window->findChild<QTableView *>(QStringLiteral("secretsView"));
                    auto *board = window->findChild<ui::StageBoard *>();
                    if (!filter || !secrets || !board)
                        return fail(QStringLiteral("main window parts not found"));
                    filter->setText(shown.left(13));
                    pollUntil(window, QStringLiteral("the filtered list"), 100, [=]() {
                        QAbstractItemModel *model = secrets->model();
                        for (int row = 0; model && row < model->rowCount(); ++row) {
                            const QModelIndex index = model->index(row, 0);
                            if (index.data().toString() == shown) {
                                secrets->setCurrentIndex(index);
                                secrets->selectRow(row);
                                pollUntil(window, QStringLiteral("the versions"), 100, [=]() {
                                    if (!board->model() || board->model()->rowCount() < versions)
                                        return false;
                                    // The first-start layout (restoreLayout() on empty
                                    // settings), with a slightly taller activity dock.
                                    auto *dock = window->findChild<QDockWidget *>(
                                            QStringLiteral("activityDock"));
                                    if (dock && !crowded)
                                        window->resizeDocks({dock}, {120}, Qt::Vertical);
                                    board->view()->selectStage(selected);
                                    board->view()->setFocus();
                                    if (rotation) {
                                        showRotationPreview(window, out);
                                        return true;
                                    }
                                    // One more turn of the event loop for the last paint.
                                    QTimer::singleShot(300, window,
                                                       [=]() { saveShot(window, out); });
                                    return true;
                                });
                                return true;
                            }
                        }
                        return false;
                    });
                });
            });
    session->openSandbox();
}

void stageProfileDialog(ProfileStore *profiles, ui::ProfileCredentialStore *credentials,
                        QNetworkAccessManager *nam, const QString &out)
{
    Profile production;
    production.displayName = QStringLiteral("Payments production");
    production.region = QStringLiteral("cn-north-4");
    production.projectId = QStringLiteral("0b9b7c5e2f1a4d6c8e3f5a7b9c1d2e4f");
    production.accessKey = QStringLiteral("HPUAL2XZK4W9QJ7TBN3M");
    production.production = true;
    Profile staging = production;
    staging.displayName = QStringLiteral("Payments staging");
    staging.region = QStringLiteral("cn-east-3");
    staging.production = false;
    Profile iam = staging;
    iam.displayName = QStringLiteral("Data team (IAM user)");
    iam.region = QStringLiteral("ap-southeast-1");
    iam.authMethod = AuthMethod::IamPassword;
    iam.accessKey.clear();
    iam.iamUser = QStringLiteral("ops-reader");
    iam.iamDomain = QStringLiteral("acme-data");
    profiles->add(staging);
    profiles->add(iam);
    const QString id = profiles->add(production);
    profiles->setLastUsedProfileId(id);
    auto *dialog = new ui::ProfileDialog(profiles, credentials, nam);
    dialog->adjustSize(); // its own size hint, as SessionController shows it
    dialog->show();
    QTimer::singleShot(300, dialog, [=]() { saveShot(dialog, out); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keystage"));
    QApplication::setApplicationName(QStringLiteral("keystage"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keystage"));
    QCommandLineParser parser;
    const QCommandLineOption scene(QStringLiteral("scene"),
                                   QStringLiteral("main, profiles, stages12 or rotation"),
                                   QStringLiteral("SCENE"), QStringLiteral("main"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG file"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("e.g. zh_CN"),
                                  QStringLiteral("LANG"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("dark palette"));
    parser.addOptions({scene, out, lang, dark});
    parser.process(app);
    const QString language = parser.value(lang);
    ui::installTranslators(language.isEmpty() ? QLocale() : QLocale(language));
    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "lookshow: --out FILE.png is required\n");
        return 2;
    }

    ProfileStore profiles(QDir::home().filePath(QStringLiteral("lookshow-profiles.ini")));
    MemoryCredentialStore memory;
    ui::ProfileCredentialStore credentials(&memory);
    QNetworkAccessManager nam;
    if (parser.value(scene) == QStringLiteral("profiles")) {
        stageProfileDialog(&profiles, &credentials, &nam, parser.value(out));
        return app.exec();
    }
    ui::MainWindow window;
    ui::SessionController session(&profiles, &credentials, &window);
    window.restoreLayout(); // as keystage does; the scratch HOME holds no settings
    const bool crowded = parser.value(scene) == QStringLiteral("stages12");
    const bool rotation = parser.value(scene) == QStringLiteral("rotation");
    window.resize(crowded ? QSize(900, 600) : QSize(1380, 860));
    window.show();
    QTimer::singleShot(0, &session, [&]() {
        stageMainWindow(&window, &session, parser.value(out), crowded, rotation);
    });
    return app.exec();
}
