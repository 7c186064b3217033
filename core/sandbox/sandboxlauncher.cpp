// SPDX-License-Identifier: Apache-2.0
#include "core/sandbox/sandboxlauncher.h"

#include "core/sandbox/sandboxlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace keystage::ui {

namespace {
constexpr int maxErrorTail = 4096;
constexpr int stopGraceMs = 3000;
} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_program(findServerProgram())
    , m_dataFile(defaultDataFile())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(60000);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        fail(tr("The local sandbox did not start within %n second(s).", nullptr,
                m_timeout.interval() / 1000));
        stop();
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findServerProgram()
{
    const QString name = QStringLiteral("csms-local");
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {appDir.filePath(name), appDir.filePath(QStringLiteral("../server/") + name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
#ifdef KEYSTAGE_CSMS_LOCAL_BUILD
    const QFileInfo built(QStringLiteral(KEYSTAGE_CSMS_LOCAL_BUILD));
    if (built.isFile() && built.isExecutable())
        return built.absoluteFilePath();
#endif
    return QStandardPaths::findExecutable(name);
}

QString SandboxLauncher::defaultDataFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("sandbox.db"));
}

void SandboxLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_errorText.clear();
    m_baseUrl.clear();
    m_buffer.clear();
    m_errorTail.clear();
    if (m_program.isEmpty()) {
        m_state = State::Starting;
        QTimer::singleShot(0, this, [this]() {
            fail(tr("The local sandbox server (csms-local) was not found next to Keystage."));
        });
        return;
    }
    // --exit-with-parent: the server stops when this process ends, even by kill -9 or a crash
    // (its standard input, a pipe from QProcess, closes), not only through stop().
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data"), m_dataFile,
                          QStringLiteral("--exit-with-parent")};
    if (m_dataFile != QLatin1String(":memory:")) {
        const QFileInfo info(m_dataFile);
        QDir().mkpath(info.absolutePath());
        if (!info.exists() && m_seedCount > 0)
            arguments << QStringLiteral("--seed-demo") << QString::number(m_seedCount);
    } else if (m_seedCount > 0) {
        arguments << QStringLiteral("--seed-demo") << QString::number(m_seedCount);
    }
    arguments << m_extraArguments;

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this]() {
        m_errorTail += m_process->readAllStandardError();
        if (m_errorTail.size() > maxErrorTail)
            m_errorTail = m_errorTail.right(maxErrorTail);
    });
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxLauncher::onError);
    m_state = State::Starting;
    m_timeout.start();
    qCInfo(lcSandbox) << "starting sandbox" << m_program << "data" << m_dataFile;
    m_process->start(m_program, arguments);
}

void SandboxLauncher::onOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    if (m_state != State::Starting) {
        m_buffer.clear();
        return;
    }
    static const QRegularExpression line(
            QStringLiteral("csms-local listening on (http://[^\\s]+)"));
    const auto match = line.match(QString::fromUtf8(m_buffer));
    if (!match.hasMatch()) {
        if (m_buffer.size() > maxErrorTail)
            m_buffer = m_buffer.right(maxErrorTail);
        return;
    }
    m_timeout.stop();
    m_buffer.clear();
    m_baseUrl = QUrl(match.captured(1));
    m_state = State::Running;
    qCInfo(lcSandbox) << "sandbox listening on" << m_baseUrl.toString();
    Q_EMIT started(m_baseUrl);
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const State previous = m_state;
    m_process->deleteLater();
    m_process = nullptr;
    m_timeout.stop();
    if (previous == State::Starting) {
        const QString detail = QString::fromLocal8Bit(m_errorTail).trimmed();
        fail(detail.isEmpty()
                     ? tr("The local sandbox server stopped at once (exit code %1).").arg(exitCode)
                     : tr("The local sandbox server stopped at once: %1").arg(detail));
        return;
    }
    if (previous == State::Running) {
        // stop() disconnects the process before ending it: whatever ends it here (a crash, a
        // kill, a signal from outside Keystage, even a clean exit) is unexpected, and the window
        // is left pointing at a dead endpoint, so it is always a failure the user must see.
        m_state = State::Failed;
        if (status == QProcess::CrashExit)
            m_errorText = tr("The local sandbox server crashed or was killed.");
        else if (exitCode == 0)
            m_errorText = tr("The local sandbox server was stopped from outside Keystage.");
        else
            m_errorText = tr("The local sandbox server stopped with exit code %1.").arg(exitCode);
        qCWarning(lcSandbox) << "sandbox stopped:" << m_errorText;
        Q_EMIT stopped();
    }
}

void SandboxLauncher::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && m_state == State::Starting) {
        m_timeout.stop();
        fail(tr("The local sandbox server (csms-local) could not be started: %1")
                     .arg(m_process ? m_process->errorString() : QString()));
        if (m_process) {
            m_process->deleteLater();
            m_process = nullptr;
        }
    }
}

void SandboxLauncher::fail(const QString &message)
{
    m_state = State::Failed;
    m_errorText = message;
    qCWarning(lcSandbox) << "sandbox failed:" << message;
    Q_EMIT failed(message);
}

void SandboxLauncher::stop()
{
    m_timeout.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        // At shutdown only: a short, bounded wait so the server closes its database cleanly.
        if (!process->waitForFinished(stopGraceMs)) {
            process->kill();
            process->waitForFinished(stopGraceMs);
        }
    }
    delete process;
    if (m_state == State::Running || m_state == State::Starting) {
        m_state = State::Idle;
        Q_EMIT stopped();
    }
}

} // namespace keystage::ui
