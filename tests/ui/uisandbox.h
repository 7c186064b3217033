// SPDX-License-Identifier: Apache-2.0
// Shared by the ui tests: a CsmsClient for a csms-local started by the harness, waits on one
// reply, and a message handler that records every log line (to prove no value is ever logged).
// Waits on signals only.
#pragma once

#include "awaitreply.h"
#include "core/api/csmsclient.h"
#include "core/sandbox/sandboxprofile.h"
#include "csmslocal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QStringList>
#include <memory>

namespace keystage::test {

inline std::unique_ptr<CsmsClient> uiClient(QNetworkAccessManager *nam, const CsmsLocal &server)
{
    return std::make_unique<CsmsClient>(nam, ui::SandboxProfile::profile(server.baseUrl()),
                                        ui::SandboxProfile::credentials());
}

template<typename T>
ApiResult<T> await(Reply<T> *reply, int timeoutMs = 30000)
{
    return awaitReply(reply, timeoutMs);
}

// QSettings of this test process go to an INI file under `dir`, never the user's settings.
inline void useScratchSettings(const QString &dir, const QString &applicationName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QCoreApplication::setOrganizationName(QStringLiteral("KeystageTest"));
    QCoreApplication::setApplicationName(applicationName);
}

inline bool createSecret(CsmsClient *client, const QString &name, const QString &value)
{
    CreateSecretRequest r;
    r.name = name;
    r.secretString = value;
    return await(client->createSecret(r)).ok();
}

// The secret the stage tests work on: v1 "one", v2 "two", v3 "three"; v3 SYSCURRENT,
// v2 SYSPREVIOUS + BETA, v1 no stage.
inline bool createStagedSecret(CsmsClient *client, const QString &name)
{
    if (!createSecret(client, name, QStringLiteral("one")))
        return false;
    for (const char *value : {"two", "three"}) {
        CreateVersionRequest r;
        r.secretString = QString::fromLatin1(value);
        if (!await(client->createVersion(name, r)).ok())
            return false;
    }
    return await(client->createStage(name, QStringLiteral("BETA"), QStringLiteral("v2"))).ok();
}

// Every message Qt logs while it is installed (all categories, debug included).
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    }
    static QStringList lines() { return s_lines; }
    static bool contains(const QString &text)
    {
        for (const QString &line : std::as_const(s_lines)) {
            if (line.contains(text))
                return true;
        }
        return false;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                           + message;
    }
    inline static QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace keystage::test
