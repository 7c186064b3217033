// SPDX-License-Identifier: Apache-2.0
// The result of one service operation, independent of the error body shape of its route.
#pragma once

#include <QJsonObject>
#include <QString>

namespace csmslocal {

struct Outcome
{
    int status = 200;
    QJsonObject body; // success body; ignored when emptyBody
    bool emptyBody = false;
    QString errorCode; // non-empty: an error
    QString errorMsg;

    bool isError() const { return !errorCode.isEmpty(); }
    static Outcome ok(QJsonObject body, int status = 200)
    {
        Outcome o;
        o.status = status;
        o.body = std::move(body);
        return o;
    }
    static Outcome empty(int status)
    {
        Outcome o;
        o.status = status;
        o.emptyBody = true;
        return o;
    }
    static Outcome error(int status, const QString &code, const QString &msg)
    {
        Outcome o;
        o.status = status;
        o.errorCode = code;
        o.errorMsg = msg;
        return o;
    }
    static Outcome invalid(const QString &msg)
    {
        return error(400, QStringLiteral("CSMS.0002"), msg);
    }
};

} // namespace csmslocal
