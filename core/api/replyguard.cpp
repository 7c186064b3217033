// SPDX-License-Identifier: Apache-2.0
#include "core/api/replyguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <memory>

namespace keystage {

void watchAnswerSize(QNetworkReply *reply, qint64 maxBytes, QObject *context,
                     std::function<void()> exceeded)
{
    auto once = std::make_shared<std::function<void()>>(std::move(exceeded));
    const auto check = [reply, maxBytes, once] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (*once && qMax(announced, reply->bytesAvailable()) > maxBytes)
            std::exchange(*once, nullptr)();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, check);
    QObject::connect(reply, &QNetworkReply::readyRead, context, check);
}

ApiError answerTooLarge(qint64 maxBytes)
{
    return ApiError::badResponse(
            QCoreApplication::translate(
                    "keystage::ApiTransport",
                    "The server's answer is larger than %1; Keystage stopped reading it.")
                    .arg(QLocale().formattedDataSize(maxBytes)));
}

void abandonReply(QNetworkReply *reply, const QObject *listener)
{
    reply->disconnect(listener);
    reply->abort();
    reply->deleteLater();
}

} // namespace keystage
