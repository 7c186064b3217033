// SPDX-License-Identifier: Apache-2.0
// SandboxLauncher: runs csms-local as a child process for `keystage --sandbox`. Data in
// AppDataLocation/sandbox.db, demo secrets seeded on the first run, the listening line read
// asynchronously (nothing blocks), the server stopped when the launcher goes away.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace keystage::ui {

class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Failed };
    Q_ENUM(State)

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override; // stops the server

    // csms-local next to the running executable, else the one of the build tree, else empty.
    static QString findServerProgram();
    // QStandardPaths::AppDataLocation + "/sandbox.db".
    static QString defaultDataFile();

    QString serverProgram() const { return m_program; }
    void setServerProgram(const QString &program) { m_program = program; }
    QString dataFile() const { return m_dataFile; }
    void setDataFile(const QString &file) { m_dataFile = file; }
    int seedCount() const { return m_seedCount; } // demo secrets when the data file is new
    void setSeedCount(int count) { m_seedCount = count; }
    int startTimeoutMs() const { return m_timeout.interval(); }
    void setStartTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    QStringList extraArguments() const { return m_extraArguments; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT once Running
    QString errorText() const { return m_errorText; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; } // 0: none

    // Starts the server; started() or failed() follows from the event loop.
    void start();
    // SIGTERM, a short grace period, then SIGKILL. Called by the destructor.
    void stop();

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    // The server ended while running: by stop() (state Idle), or on its own or from outside
    // Keystage (state Failed, errorText() says how).
    void stopped();

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &message);

    QString m_program;
    QString m_dataFile;
    int m_seedCount = 250;
    QStringList m_extraArguments;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QByteArray m_errorTail;
    QTimer m_timeout;
    State m_state = State::Idle;
    QUrl m_baseUrl;
    QString m_errorText;
};

} // namespace keystage::ui
