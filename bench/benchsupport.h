// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the benchmarks (header only): a client on the harness's csms-local, CPU time
// of this process and of another one, and small statistics.
#pragma once

#include "awaitreply.h"
#include "core/api/csmsclient.h"
#include "csmslocal.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <algorithm>
#include <ctime>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace keystage::bench {

inline std::unique_ptr<CsmsClient> makeClient(QNetworkAccessManager *nam,
                                              const test::CsmsLocal &server, int pageSize)
{
    Profile p;
    p.id = QStringLiteral("bench");
    p.csmsEndpoint = server.baseUrl();
    p.iamEndpoint = server.baseUrl();
    p.projectId = test::SandboxCredentials::projectId();
    p.accessKey = test::SandboxCredentials::accessKey();
    p.pageSize = pageSize;
    Credentials c;
    c.secretKey = test::SandboxCredentials::secretKey();
    return std::make_unique<CsmsClient>(nam, p, c);
}

template<typename T>
ApiResult<T> await(Reply<T> *reply)
{
    return test::awaitReply(reply, 60000);
}

// User + system CPU seconds of this process (all threads).
inline double selfCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread: the main thread, where every line of Keystage's client runs
// (QNetworkAccessManager's HTTP thread does the socket work).
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// utime + stime of another process from /proc/<pid>/stat (clock ticks, 10 ms here); -1 if gone.
inline double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name "(...)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

// CPU of this process and of the server over one measured run.
class CpuMeter
{
public:
    explicit CpuMeter(qint64 serverPid)
        : m_pid(serverPid)
    {
        restart();
    }
    void restart()
    {
        m_self = selfCpuSeconds();
        m_thread = threadCpuSeconds();
        m_server = processCpuSeconds(m_pid);
        m_wall.start();
    }
    double client() const { return selfCpuSeconds() - m_self; }
    double mainThread() const { return threadCpuSeconds() - m_thread; } // part of client()
    double server() const { return processCpuSeconds(m_pid) - m_server; }
    double wall() const { return double(m_wall.nsecsElapsed()) / 1e9; }

private:
    qint64 m_pid;
    double m_self = 0;
    double m_thread = 0;
    double m_server = 0;
    QElapsedTimer m_wall;
};

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, i, values.size() - 1));
}

inline QByteArray statusField(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed();
    }
    return {};
}

} // namespace keystage::bench
