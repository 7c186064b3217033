// SPDX-License-Identifier: Apache-2.0
#include "core/api/authenticator.h"

#include "core/api/apitransport.h"

#include <QMetaObject>
#include <QPointer>

namespace keystage {

void Authenticator::attach(ApiTransport *transport)
{
    m_transport = transport;
}

ApiTransport *Authenticator::transport() const
{
    return m_transport;
}

AkSkAuthenticator::AkSkAuthenticator(const QString &accessKey, const QString &secretKey,
                                     const QString &securityToken, QObject *parent)
    : Authenticator(parent)
    , m_signer(accessKey, secretKey, securityToken)
{}

void AkSkAuthenticator::prepare(const QObject *context, ReadyCallback done)
{
    if (!m_signer.isValid()) {
        done(ApiError{ApiError::Kind::Unauthorized,
                      0,
                      {},
                      tr("The profile has no access key or secret key"),
                      {},
                      {}});
        return;
    }
    Q_UNUSED(context);
    done(std::nullopt);
}

void AkSkAuthenticator::authorize(QNetworkRequest &request, const QByteArray &method,
                                  const QByteArray &body) const
{
    SigningRequest signing;
    signing.method = method;
    signing.url = request.url();
    signing.body = body;
    signing.headers.append({QByteArrayLiteral("Host"), Signer::hostHeader(request.url())});
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0
            || name.compare("Host", Qt::CaseInsensitive) == 0) {
            continue;
        }
        signing.headers.append({name, request.rawHeader(name)});
    }
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    const QByteArray authorization = m_signer.sign(signing, now);
    // The signer may have added X-Sdk-Date and X-Security-Token: send what was signed.
    for (const auto &header : std::as_const(signing.headers)) {
        if (header.first != "Host")
            request.setRawHeader(header.first, header.second);
    }
    request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
}

} // namespace keystage
