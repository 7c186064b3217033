// SPDX-License-Identifier: Apache-2.0
#include "core/model/activitymodel.h"

#include "core/api/csmsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace keystage {

namespace {
// A repaint of the log (the text of every cell in view laid out anew) costs 10-15 ms: once a
// frame it would fill the frames by itself while a plan runs; ten times a second it does not.
constexpr int InsertEveryMs = 100;
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_insertTimer(new QTimer(this))
{
    m_insertTimer->setSingleShot(true);
    connect(m_insertTimer, &QTimer::timeout, this, &ActivityModel::insertPending);
}

void ActivityModel::attach(CsmsClient *client)
{
    if (client)
        connect(client, &CsmsClient::callFinished, this, &ActivityModel::addRecord);
}

void ActivityModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trimTo(m_capacity);
}

void ActivityModel::clear()
{
    m_pending.clear();
    m_insertTimer->stop();
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void ActivityModel::trimTo(int capacity)
{
    const int excess = int(m_records.size()) - capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_records.remove(0, excess);
    endRemoveRows();
}

void ActivityModel::addRecord(const ApiCallRecord &record)
{
    m_pending.append(record);
    if (m_insertTimer->isActive())
        return;
    const qint64 since = m_sinceInsert.isValid() ? m_sinceInsert.elapsed() : InsertEveryMs;
    m_insertTimer->start(int(qMax<qint64>(0, InsertEveryMs - since)));
}

void ActivityModel::insertPending()
{
    if (m_pending.isEmpty())
        return;
    // Only the newest `capacity` calls can stay: older ones are never inserted.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const QList<ApiCallRecord> pending = std::exchange(m_pending, {});
    trimTo(m_capacity - int(pending.size()));
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(pending.size()) - 1);
    m_records.append(pending);
    endInsertRows();
    m_sinceInsert.start();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiCallRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r.startedAt);
        case MethodColumn:
            return QString::fromLatin1(r.method);
        case PathColumn:
            return r.path;
        case StatusColumn:
            return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(tr("no response"));
        case LatencyColumn:
            return tr("%1 ms").arg(r.latencyMs);
        case CodeColumn:
            return r.code;
        case RequestIdColumn:
            return r.requestId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The whole call when the narrow column elides the path.
        return index.column() == PathColumn
                       ? QVariant(QString::fromLatin1(r.method) + u' ' + r.path)
                       : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == StatusColumn || index.column() == LatencyColumn
                       ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                       : QVariant();
    case FailedRole:
        return r.errorKind.has_value();
    case ErrorKindRole:
        return r.errorKind ? ApiError::kindName(*r.errorKind) : QString();
    case AttemptsRole:
        return r.attempts;
    case StartedAtRole:
        return r.startedAt;
    case LatencyMsRole:
        return r.latencyMs;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case CodeColumn:
        return tr("Code");
    case RequestIdColumn:
        return tr("Request id");
    default:
        return {};
    }
}

QString ActivityModel::timeText(const QDateTime &startedAt)
{
    return startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray ActivityModel::toCsv(const QList<int> &rows) const
{
    QByteArray out = "time,method,path,status,latency_ms,attempts,code,request_id,error\r\n";
    for (const int row : rows) {
        if (row < 0 || row >= m_records.size())
            continue;
        const ApiCallRecord &r = m_records.at(row);
        const QList<QByteArray> fields{
                csvField(isoTime(r.startedAt)),
                csvField(QString::fromLatin1(r.method)),
                csvField(r.path),
                r.httpStatus > 0 ? QByteArray::number(r.httpStatus) : QByteArray(),
                QByteArray::number(r.latencyMs),
                QByteArray::number(r.attempts),
                csvField(r.code),
                csvField(r.requestId),
                csvField(r.errorKind ? ApiError::kindName(*r.errorKind) : QString())};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray ActivityModel::toJsonLines(const QList<int> &rows) const
{
    QByteArray out;
    for (const int row : rows) {
        if (row < 0 || row >= m_records.size())
            continue;
        const ApiCallRecord &r = m_records.at(row);
        QJsonObject o{{QStringLiteral("time"), isoTime(r.startedAt)},
                      {QStringLiteral("method"), QString::fromLatin1(r.method)},
                      {QStringLiteral("path"), r.path},
                      {QStringLiteral("latency_ms"), r.latencyMs},
                      {QStringLiteral("attempts"), r.attempts}};
        o.insert(QStringLiteral("status"),
                 r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue(QJsonValue::Null));
        if (!r.code.isEmpty())
            o.insert(QStringLiteral("code"), r.code);
        if (!r.requestId.isEmpty())
            o.insert(QStringLiteral("request_id"), r.requestId);
        if (r.errorKind)
            o.insert(QStringLiteral("error"), ApiError::kindName(*r.errorKind));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace keystage
