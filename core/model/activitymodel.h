// ActivityModel: the last N API calls of a CsmsClient (CsmsClient::callFinished), oldest first:
// time, method, path, status, latency, CSMS code, request id. The records hold identifiers and
// numbers only (no bodies, no query values, no header values), so no value or token can show.
#pragma once

#include "core/api/apicallrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace keystage {

class CsmsClient;

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        LatencyColumn,
        CodeColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        FailedRole = Qt::UserRole + 1, // bool: the call ended with an error
        ErrorKindRole, // QString: ApiError::kindName, empty on success
        AttemptsRole, // int
        StartedAtRole, // QDateTime (UTC)
        LatencyMsRole, // qint64
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 1000;

    explicit ActivityModel(QObject *parent = nullptr);

    // Records the calls of `client` (several clients may be attached).
    void attach(CsmsClient *client);
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; drops the oldest rows beyond it
    const ApiCallRecord &record(int row) const { return m_records.at(row); }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void addRecord(const keystage::ApiCallRecord &record);

private:
    void trimTo(int capacity);

    QList<ApiCallRecord> m_records;
    int m_capacity = DefaultCapacity;
};

} // namespace keystage
