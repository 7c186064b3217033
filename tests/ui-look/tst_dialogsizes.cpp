// SPDX-License-Identifier: Apache-2.0
// Every dialog fits a 900x600 screen, in English and in Simplified Chinese: its least size
// leaves room for a title bar and some desktop (525 pixels of height: ui::screenRoom), and so
// does the size it opens at. A dialog that does not fit hides its buttons below the screen's
// edge. The stage plan dialog opened at 900x560 and the profile dialog could not be made less
// than 548 pixels high.
#include "../ui/uisandbox.h"
#include "core/model/versionstagemodel.h"
#include "core/ops/rotationeditor.h"
#include "core/ops/stagerules.h"
#include "core/profile/memorycredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "ui/addstagedialog.h"
#include "ui/bulkdeletedialog.h"
#include "ui/clipboardguard.h"
#include "ui/compare/comparedialog.h"
#include "ui/events/eventeditdialog.h"
#include "ui/events/eventsdialog.h"
#include "ui/instancedeletedialog.h"
#include "ui/metadata/expirycontroller.h"
#include "ui/metadata/metadatadialog.h"
#include "ui/newsecretdialog.h"
#include "ui/newversiondialog.h"
#include "ui/password/passwordgenerator.h"
#include "ui/plan/stageplandialog.h"
#include "ui/profiles/profiledialog.h"
#include "ui/riskymovedialog.h"
#include "ui/rotation/autorotationdialog.h"
#include "ui/rotation/rotatenowdialog.h"
#include "ui/tags/bulktagdialog.h"
#include "ui/tags/tagsdialog.h"
#include "ui/translators.h"
#include "ui/undohistory.h"

#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace keystage;

class TestDialogSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // ctest runs this on one offscreen screen of 900x600 (screen-900x600.json).
        const QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->size(), QSize(900, 600));
        QVERIFY2(m_server.start(), m_server.errorOutput().constData());
        m_client = test::uiClient(&m_nam, m_server);
        QVERIFY(test::createStagedSecret(m_client.get(), QStringLiteral("size-app")));
        const auto secret = test::await(m_client->showSecret(QStringLiteral("size-app")));
        QVERIFY(secret.ok());
        m_secret = secret.value();
    }

    void cleanupTestCase() { ui::installTranslators(QLocale::c()); }

    void everyDialogFitsA900x600Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        for (const char *language : {"en", "zh_CN"}) {
            for (const QString &name : dialogNames())
                QTest::addRow("%s %s", language, qPrintable(name))
                        << QString::fromLatin1(language) << name;
        }
    }

    void everyDialogFitsA900x600Screen()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        ui::installTranslators(QLocale(language));
        std::unique_ptr<QDialog> shown = make(dialog);
        QVERIFY(shown);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        QApplication::processEvents();
        const QSize least = shown->minimumSizeHint().expandedTo(shown->minimumSize());
        const QString measured = QStringLiteral("least %1x%2, opens at %3x%4")
                                         .arg(least.width())
                                         .arg(least.height())
                                         .arg(shown->width())
                                         .arg(shown->height());
        qInfo("%s %s: %s", qPrintable(language), qPrintable(dialog), qPrintable(measured));
        QVERIFY2(least.width() <= 900 && least.height() <= 525, qPrintable(measured));
        QVERIFY2(shown->width() <= 900 && shown->height() <= 525, qPrintable(measured));
    }

private:
    static QStringList dialogNames()
    {
        return {QStringLiteral("new secret"),    QStringLiteral("new version"),
                QStringLiteral("add stage"),     QStringLiteral("risky move"),
                QStringLiteral("bulk delete"),   QStringLiteral("instance delete"),
                QStringLiteral("stage plan"),    QStringLiteral("compare"),
                QStringLiteral("metadata"),      QStringLiteral("expiry"),
                QStringLiteral("tags"),          QStringLiteral("bulk tag"),
                QStringLiteral("events"),        QStringLiteral("event edit"),
                QStringLiteral("auto rotation"), QStringLiteral("rotate now"),
                QStringLiteral("password"),      QStringLiteral("profiles")};
    }

    std::unique_ptr<QDialog> make(const QString &name)
    {
        const QString secret = m_secret.name;
        CsmsClient *client = m_client.get();
        const QList<VersionStages> snapshot
                = {{QStringLiteral("v1"), {}},
                   {QStringLiteral("v2"), {QStringLiteral("SYSPREVIOUS"), QStringLiteral("BETA")}},
                   {QStringLiteral("v3"), {QStringLiteral("SYSCURRENT")}}};
        if (name == QLatin1String("new secret"))
            return std::make_unique<ui::NewSecretDialog>(client);
        if (name == QLatin1String("new version"))
            return std::make_unique<ui::NewVersionDialog>(client, secret, snapshot);
        if (name == QLatin1String("add stage"))
            return std::make_unique<ui::AddStageDialog>(QStringLiteral("v2"), snapshot);
        if (name == QLatin1String("risky move")) {
            StagePrediction prediction;
            return std::make_unique<ui::RiskyMoveDialog>(QStringLiteral("Move SYSCURRENT to v1?"),
                                                         prediction, QStringLiteral("Move"));
        }
        if (name == QLatin1String("bulk delete"))
            return std::make_unique<ui::BulkDeleteDialog>(client, QStringList{secret},
                                                          ui::BulkDeleteDialog::Purpose::Delete);
        if (name == QLatin1String("instance delete"))
            return std::make_unique<ui::InstanceDeleteDialog>(client);
        if (name == QLatin1String("stage plan")) {
            ui::StagePlanDialog::Scope scope;
            scope.selected = {secret};
            return std::make_unique<ui::StagePlanDialog>(client, &m_history, scope);
        }
        if (name == QLatin1String("compare"))
            return std::make_unique<ui::CompareDialog>(
                    client, &m_clipboard, secret,
                    QStringList{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")},
                    QStringLiteral("v2"), QStringLiteral("v3"));
        if (name == QLatin1String("metadata"))
            return std::make_unique<ui::MetadataDialog>(client, &m_history, secret);
        if (name == QLatin1String("expiry"))
            return std::make_unique<ui::ExpiryDialog>(secret, QStringLiteral("v1"), QDateTime());
        if (name == QLatin1String("tags"))
            return std::make_unique<ui::TagsDialog>(client, &m_history, secret, m_secret.id);
        if (name == QLatin1String("bulk tag"))
            return std::make_unique<ui::BulkTagDialog>(client,
                                                       QList<TagTarget>{{secret, m_secret.id}});
        if (name == QLatin1String("events"))
            return std::make_unique<ui::EventsDialog>(client, secret);
        if (name == QLatin1String("event edit"))
            return std::make_unique<ui::EventEditDialog>(nullptr);
        if (name == QLatin1String("auto rotation"))
            return std::make_unique<ui::AutoRotationDialog>(m_secret);
        if (name == QLatin1String("rotate now")) {
            RotationPlan plan;
            plan.secret = m_secret;
            plan.currentVersion = QStringLiteral("v3");
            plan.previousVersion = QStringLiteral("v2");
            return std::make_unique<ui::RotateNowDialog>(plan);
        }
        if (name == QLatin1String("password"))
            return std::make_unique<ui::PasswordOptionsDialog>();
        if (name == QLatin1String("profiles"))
            return std::make_unique<ui::ProfileDialog>(&m_profiles, &m_credentials, &m_nam);
        return nullptr;
    }

    test::CsmsLocal m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CsmsClient> m_client;
    Secret m_secret;
    ui::UndoHistory m_history;
    ui::ClipboardGuard m_clipboard;
    QTemporaryDir m_dir;
    ProfileStore m_profiles{m_dir.filePath(QStringLiteral("profiles.ini"))};
    MemoryCredentialStore m_keychain;
    ui::ProfileCredentialStore m_credentials{&m_keychain};
};

QTEST_MAIN(TestDialogSizes)
#include "tst_dialogsizes.moc"
