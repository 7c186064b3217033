// keystage: the command line, translators and wiring. No logic lives here.
#include "core/profile/keychaincredentialstore.h"
#include "core/profile/profilestore.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecredentialstore.h"
#include "ui/sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("keystage"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keystage"));
    QApplication::setOrganizationDomain(QStringLiteral("keystage.dev"));
    QApplication::setApplicationName(QStringLiteral("keystage"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keystage"));
    QApplication::setApplicationVersion(keystage::versionString());
    QApplication::setDesktopFileName(QStringLiteral("keystage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keystage.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Desktop client for Huawei Cloud CSMS secrets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Start the local sandbox (csms-local) and open it."));
    const QCommandLineOption profile(
            QStringLiteral("profile"),
            QApplication::translate("main", "Open the saved profile NAME (name or id)."),
            QApplication::translate("main", "NAME"));
    const QCommandLineOption lang(
            QStringLiteral("lang"),
            QApplication::translate("main", "User interface language, e.g. en or zh_CN."),
            QApplication::translate("main", "LANG"));
    parser.addOption(sandbox);
    parser.addOption(profile);
    parser.addOption(lang);
    installTranslators(app, QString());
    parser.process(app);
    if (parser.isSet(lang)) {
        const auto translators = app.findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QApplication::removeTranslator(t);
            delete t;
        }
        installTranslators(app, parser.value(lang));
    }

    keystage::ProfileStore profiles;
    keystage::KeychainCredentialStore keychain;
    // Remembered credentials in the keychain, the others in memory for this session.
    keystage::ui::ProfileCredentialStore credentials(&keychain);
    keystage::ui::MainWindow window;
    keystage::ui::SessionController session(&profiles, &credentials, &window);
    QString profileId;
    if (parser.isSet(profile)) {
        profileId = session.findProfile(parser.value(profile));
        if (profileId.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("main", "keystage: no profile \"%1\".")
                                            .arg(parser.value(profile))));
            return 2;
        }
    }
    window.restoreLayout();
    window.show();
    // Everything slow starts after the window is on screen.
    QTimer::singleShot(0, &session, [&]() {
        if (parser.isSet(sandbox))
            session.openSandbox();
        else if (!profileId.isEmpty())
            session.openProfile(profileId);
        else
            session.openLastProfile();
    });
    return app.exec();
}
