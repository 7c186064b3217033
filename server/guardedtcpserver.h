// GuardedTcpServer: QHttpServer 6.4 buffers a whole request body before any handler runs. This
// server peeks at each new request's headers as they arrive and answers 413 at once (closing the
// connection) when Content-Length exceeds the limit, so a huge upload is never buffered.
// Best effort: it sees the headers of a request when they start a read (the normal case).
#pragma once

#include <QTcpServer>

namespace csmslocal {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(QTcpSocket *socket);
    qint64 m_maxBodyBytes;
};

} // namespace csmslocal
