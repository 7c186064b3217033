#include "core/model/activitymodel.h"

#include "core/api/csmsclient.h"

namespace keystage {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

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
    trimTo(m_capacity - 1);
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
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
            return r.startedAt.toLocalTime();
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

} // namespace keystage
