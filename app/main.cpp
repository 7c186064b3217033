// SPDX-License-Identifier: Apache-2.0
// keystage: the command line, translators and wiring. No logic lives here.
//
// --help, --version and command-line errors are answered without a display: the arguments are
// parsed first, and only a run that opens the window creates a QApplication. Nothing slow happens
// before the window is on screen: the saved profile (and its keychain read) opens after show().
#include "core/profile/keychaincredentialstore.h"
#include "core/profile/profilecredentialstore.h"
#include "core/profile/profilestore.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "ui/translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

namespace {

// The locale of --lang (dates and numbers follow it too), else the system's.
void installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    keystage::ui::installTranslators(locale);
}

struct Options
{
    QCommandLineOption sandbox{QStringLiteral("sandbox")};
    QCommandLineOption profile{QStringLiteral("profile")};
    QCommandLineOption lang{QStringLiteral("lang")};
    QCommandLineOption verbose{QStringLiteral("verbose")};
};

// Built after the translators are installed, so that --help speaks the user's language.
void describe(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop client for Huawei Cloud CSMS secrets."));
    parser.addHelpOption();
    parser.addVersionOption();
    options.sandbox.setDescription(QCoreApplication::translate(
            "main", "Start the local sandbox (csms-local) and open it."));
    options.profile.setDescription(
            QCoreApplication::translate("main", "Open the saved profile NAME (name or id)."));
    options.profile.setValueName(QCoreApplication::translate("main", "NAME"));
    options.lang.setDescription(
            QCoreApplication::translate("main", "User interface language, e.g. en or zh_CN."));
    options.lang.setValueName(QCoreApplication::translate("main", "LANG"));
    options.verbose.setDescription(QCoreApplication::translate(
            "main", "Print every API call (method, path, status, time, request id) on the "
                    "terminal. Values, keys and tokens are never printed."));
    parser.addOption(options.sandbox);
    parser.addOption(options.profile);
    parser.addOption(options.lang);
    parser.addOption(options.verbose);
}

QStringList arguments(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keystage"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("keystage.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("keystage"));
    QCoreApplication::setApplicationVersion(keystage::versionString());

    // First pass without any application object: does this run need a window at all?
    const QStringList args = arguments(argc, argv);
    QString language;
    bool windowless = false;
    {
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        windowless = !parser.parse(args) || parser.isSet(QStringLiteral("help"))
                     || parser.isSet(QStringLiteral("help-all"))
                     || parser.isSet(QStringLiteral("version"));
        language = parser.value(options.lang);
    }
    if (windowless) {
        // Help, version or a command-line error: answered on the terminal, no display needed.
        QCoreApplication app(argc, argv);
        installTranslators(language);
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Keystage"));
    QApplication::setDesktopFileName(QStringLiteral("keystage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keystage.svg")));
    installTranslators(language);
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);
    // The terminal gets warnings and a few notices (where the sandbox listens); the calls are in
    // the Activity dock. QT_LOGGING_RULES, when set, still decides over this.
    QLoggingCategory::setFilterRules(parser.isSet(options.verbose)
                                             ? QStringLiteral("keystage.*.debug=true")
                                             : QStringLiteral("keystage.*.debug=false"));

    keystage::ProfileStore profiles;
    keystage::KeychainCredentialStore keychain; // touches nothing until a read or write
    // Remembered credentials in the keychain, the others in memory for this session.
    keystage::ui::ProfileCredentialStore credentials(&keychain);
    keystage::ui::MainWindow window;
    keystage::ui::SessionController session(&profiles, &credentials, &window);
    QString profileId;
    if (parser.isSet(options.profile)) {
        profileId = session.findProfile(parser.value(options.profile));
        if (profileId.isEmpty()) {
            std::fprintf(
                    stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "keystage: no profile \"%1\".")
                                       .arg(parser.value(options.profile))));
            return 2;
        }
    }
    window.restoreLayout();
    window.show();
    // Everything slow (starting the sandbox, reading credentials from the keychain, the first
    // calls) starts once the window is on screen, from the event loop.
    const bool sandbox = parser.isSet(options.sandbox);
    QTimer::singleShot(0, &session, [&session, sandbox, profileId]() {
        if (sandbox)
            session.openSandbox();
        else if (!profileId.isEmpty())
            session.openProfile(profileId);
        else
            session.openLastProfile(); // the profile dialog when there is none
    });
    return app.exec();
}
