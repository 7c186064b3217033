// SPDX-License-Identifier: Apache-2.0
// ActivityModel: the last N API calls of a CsmsClient (CsmsClient::callFinished), oldest first:
// time, method, path, status, latency, CSMS code, request id. The records hold identifiers and
// numbers only (no bodies, no query values, no header values), so no value or token can show.
//
// Rows arrive in batches: addRecord() collects the calls, and the model inserts what was
// collected (and drops the oldest rows beyond its capacity) in one go from the event loop, at
// once after a quiet spell, else 100 ms after the previous insertion. A plan over 1,000 secrets
// makes ~4,000 calls in seconds: one row insertion (one scroll and repaint of the log) per call
// stalled the window, and so did one per frame. rowCount() counts the rows inserted so far.
#pragma once

#include "core/api/apicallrecord.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

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
    void clear(); // the rows, and the calls not inserted yet

    // The rows as text for a change ticket or a support case, with column titles: CSV (RFC 4180,
    // UTC times in ISO 8601 with milliseconds) or JSON lines (one object a call). Identifiers and
    // numbers only, as the records hold.
    QByteArray toCsv(const QList<int> &rows) const;
    QByteArray toJsonLines(const QList<int> &rows) const;
    // Local time with seconds, the same shape in every language ("2026-12-03 14:05:09").
    static QString timeText(const QDateTime &startedAt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Shown from the event loop, with the other calls of the same frame (see above).
    void addRecord(const keystage::ApiCallRecord &record);

private:
    void trimTo(int capacity);
    void insertPending();

    QList<ApiCallRecord> m_records;
    QList<ApiCallRecord> m_pending; // recorded, not inserted yet
    QTimer *m_insertTimer;
    QElapsedTimer m_sinceInsert; // invalid before the first insertion
    int m_capacity = DefaultCapacity;
};

} // namespace keystage
